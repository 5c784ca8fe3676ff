package dev.usher.knowledge.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * Common English words: the whole-word entries of the sentence model's WordPiece vocabulary (about
 * 20,000 words of BERT's uncased English vocabulary), read from the model's own jar. A word in it
 * is a real word the attendee meant, never a typo to "correct" into a word of a talk title.
 */
public final class EnglishWords {
  private static final String VOCABULARY = "/all-minilm-l6-v2-q-tokenizer.json";
  private static final Set<String> WORDS = read();

  private EnglishWords() {}

  /** Whether {@code word} (any case) is a common English word. */
  public static boolean contains(String word) {
    return WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> read() {
    try (InputStream in = EnglishWords.class.getResourceAsStream(VOCABULARY)) {
      if (in == null) {
        return Set.of();
      }
      JsonNode vocabulary = new ObjectMapper().readTree(in).path("model").path("vocab");
      Set<String> words = new HashSet<>();
      for (Iterator<String> names = vocabulary.fieldNames(); names.hasNext(); ) {
        String piece = names.next();
        // "##ing" continues a word and "[CLS]" is a marker: only whole words of letters count.
        if (piece.length() > 1 && piece.chars().allMatch(Character::isLetter)) {
          words.add(piece);
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException("the sentence model's vocabulary cannot be read", e);
    }
  }
}
