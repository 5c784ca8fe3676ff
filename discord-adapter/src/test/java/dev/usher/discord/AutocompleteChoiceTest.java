package dev.usher.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Autocomplete choices as Discord accepts them: 1 to 100 characters of valid UTF-16. */
class AutocompleteChoiceTest {
  @Test
  void aBlankCompletionOffersNoChoice() {
    assertThat(DiscordListener.choice("   ")).isEmpty();
    assertThat(DiscordListener.choice("")).isEmpty();
  }

  @Test
  void aLongCompletionIsCutAtOneHundredCharactersNeverInsideASurrogatePair() {
    String title = "a".repeat(99) + "\uD83C\uDF89 party";

    String choice = DiscordListener.choice(title).orElseThrow();

    assertThat(choice).hasSizeLessThanOrEqualTo(100).isEqualTo("a".repeat(99));
    assertThat(Character.isHighSurrogate(choice.charAt(choice.length() - 1))).isFalse();
  }

  @Test
  void aShortCompletionIsOfferedAsItIs() {
    assertThat(DiscordListener.choice("Keynote: Learning to Learn"))
        .contains("Keynote: Learning to Learn");
  }
}
