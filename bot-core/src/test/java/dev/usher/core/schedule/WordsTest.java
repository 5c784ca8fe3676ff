package dev.usher.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Folding in loops gives what the regular expressions it replaced gave, on any text. */
class WordsTest {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** The fold as regular expressions define it. */
  private static String byRegularExpressions(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    plain = plain.replace("'s ", " ").replace("’s ", " ");
    return NOT_WORD.matcher(plain).replaceAll(" ").strip();
  }

  @Test
  void foldsAsTheRegularExpressionsDo() {
    // given texts with punctuation, possessives, accents, other scripts and numbers of every kind
    List<String> texts =
        List.of(
            "",
            "   ",
            "Room 2.105 (Main Hall)",
            "Ada's talk: Wi-Fi & you!",
            "  leading and trailing  ",
            "speaker's  \t\n notes’s end's",
            "Café Müller’s Saal, Náměstí 5",
            "ΟΔΥΣΣΕΥΣ İstanbul ß ﬁ Ⅻ ½ ² ٣ 𝔘𝔰𝔥𝔢𝔯 😀 e\u0301",
            "'s 's's ' s");
    for (String text : texts) {
      assertThat(Words.fold(text)).as(text).isEqualTo(byRegularExpressions(text));
    }

    // and random strings over ASCII, Latin-1, combining marks, Greek, digits and astral letters
    String pool = "aZ9 's.-_\t\n()!?&/’éÉüßİıΣσς\u0301\u0308\u20dd٣Ⅻ½²ﬁ";
    int[] astral = {0x1D518, 0x1F600, 0x10400};
    Random random = new Random(29);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      for (int j = 0; j < length; j++) {
        switch (random.nextInt(4)) {
          case 0 -> text.append((char) random.nextInt(128));
          case 1 -> text.appendCodePoint(astral[random.nextInt(astral.length)]);
          default -> text.append(pool.charAt(random.nextInt(pool.length())));
        }
      }
      assertThat(Words.fold(text.toString()))
          .as("%s", text)
          .isEqualTo(byRegularExpressions(text.toString()));
    }
  }

  @Test
  void accentsAndPunctuationGo() {
    assertThat(Words.fold("Café Müller’s Saal")).isEqualTo("cafe muller saal");
    assertThat(Words.fold("  B2.105 (Main-Hall)! ")).isEqualTo("b2 105 main hall");
  }
}
