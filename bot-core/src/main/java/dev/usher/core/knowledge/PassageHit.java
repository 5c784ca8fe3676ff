package dev.usher.core.knowledge;

import dev.usher.core.reply.Snippet;
import dev.usher.core.reply.Source;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A passage (or session) found for a question, with the signals the core decides from. Its
 * emphasized text is made on first use: most hits of a question are ranked out before anyone reads
 * them, and marking their words is the costly part of a search.
 */
public final class PassageHit {
  private final Kind kind;
  private final Source source;
  private final float score;
  private final Set<String> matchedWords;
  private final Set<String> matchedInTitle;
  private final Map<String, Double> wordWeights;
  private final Retrieval retrieval;
  private @Nullable Supplier<Snippet> makeText;
  private @Nullable Snippet text;

  /**
   * @param kind whether the passage is part of a document or a schedule entry
   * @param source where the passage comes from
   * @param text makes the whole passage, with every word that matched the question emphasized; it
   *     may read the index version the hit was found in, and must not fail once that is closed
   * @param score the search engine's score: comparable only between hits of one query
   * @param matchedWords the query words (as given in the query) found in the passage's heading or
   *     text, after analysis (stems, synonyms, accents)
   * @param matchedInTitle the query words found in the title of the document the passage is part of
   *     (true of every passage of that document, so weaker evidence for this one)
   * @param wordWeights for every query word, how rare it is in the material (its idf), so a missing
   *     rare word counts more than a missing common one
   * @param retrieval how the hit was found: its ranks by words and by meaning, and its similarity
   */
  public PassageHit(
      Kind kind,
      Source source,
      Supplier<Snippet> text,
      float score,
      Set<String> matchedWords,
      Set<String> matchedInTitle,
      Map<String, Double> wordWeights,
      Retrieval retrieval) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.source = Objects.requireNonNull(source, "source");
    this.makeText = Objects.requireNonNull(text, "text");
    this.score = score;
    this.matchedWords = Set.copyOf(matchedWords);
    this.matchedInTitle = Set.copyOf(matchedInTitle);
    this.wordWeights = Map.copyOf(wordWeights);
    this.retrieval = Objects.requireNonNull(retrieval, "retrieval");
  }

  /** A hit of a words-only search, ranked where it stands in the list it is returned in. */
  public PassageHit(
      Kind kind,
      Source source,
      Supplier<Snippet> text,
      float score,
      Set<String> matchedWords,
      Set<String> matchedInTitle,
      Map<String, Double> wordWeights) {
    this(
        kind,
        source,
        text,
        score,
        matchedWords,
        matchedInTitle,
        wordWeights,
        Retrieval.lexical(Retrieval.UNRANKED));
  }

  /** A hit whose text is already made. */
  public PassageHit(
      Kind kind,
      Source source,
      Snippet text,
      float score,
      Set<String> matchedWords,
      Set<String> matchedInTitle,
      Map<String, Double> wordWeights) {
    this(kind, source, () -> text, score, matchedWords, matchedInTitle, wordWeights);
    Objects.requireNonNull(text, "text");
  }

  public Kind kind() {
    return kind;
  }

  public Source source() {
    return source;
  }

  /** The whole passage, with every word that matched the question emphasized. */
  public synchronized Snippet text() {
    Snippet made = text;
    if (made == null) {
      made = Objects.requireNonNull(Objects.requireNonNull(makeText, "makeText").get(), "text");
      text = made;
      makeText = null;
    }
    return made;
  }

  public float score() {
    return score;
  }

  public Set<String> matchedWords() {
    return matchedWords;
  }

  public Set<String> matchedInTitle() {
    return matchedInTitle;
  }

  public Map<String, Double> wordWeights() {
    return wordWeights;
  }

  public Retrieval retrieval() {
    return retrieval;
  }

  @Override
  public String toString() {
    return "PassageHit["
        + kind
        + " "
        + source.id()
        + " score "
        + score
        + " matched "
        + matchedWords
        + " "
        + retrieval
        + "]";
  }

  /** What a hit is. */
  public enum Kind {
    DOCUMENT,
    SESSION
  }
}
