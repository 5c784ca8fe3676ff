package dev.usher.core.knowledge;

import dev.usher.core.command.CompletionKind;
import dev.usher.core.conference.Schedule;
import java.util.List;

/**
 * The conference's documents and schedule, searchable. Implementations are thread-safe: questions
 * are answered concurrently, also while {@link #reload()} runs.
 */
public interface Knowledge {

  /** The passages and sessions that best match {@code query}, best first; at most its limit. */
  List<PassageHit> search(PassageQuery query);

  /** Words of the material's own vocabulary spelled like {@code word}, most likely first. */
  List<String> spellings(String word, int max);

  /** The schedule as last read. */
  Schedule schedule();

  /** Values of {@code kind} that complete {@code prefix} (prefix, infix or near spellings). */
  List<String> complete(CompletionKind kind, String prefix, int max);

  /**
   * The terms the search makes of {@code text} (normalised, stop words removed, stemmed), so that
   * the question log groups wordings as the search would match them. By default its lower-case
   * words.
   */
  default List<String> terms(String text) {
    return java.util.Arrays.stream(
            text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(word -> !word.isEmpty())
        .toList();
  }

  /**
   * Says that a search of {@code text} (a {@link PassageQuery} of that text) is likely to follow,
   * so that what it needs from the text alone, a sentence vector when search by meaning is on, can
   * start now on another core while the caller reads the question otherwise. By default nothing
   * starts; a search not announced, or of another text, is as correct, only not started early.
   */
  default void willSearch(String text) {}

  /**
   * The unit-length sentence vector of {@code text}, when search by meaning is on; by default none.
   */
  default java.util.Optional<float[]> meaning(String text) {
    return java.util.Optional.empty();
  }

  /**
   * Re-reads the conference folder and swaps the new material in; questions keep being answered.
   */
  IngestReport reload();
}
