package dev.usher.core.knowledge;

import dev.usher.core.reply.Snippet;
import dev.usher.core.reply.Source;
import java.util.Objects;
import java.util.Set;

/**
 * A passage (or session) found for a question, with the signals the core decides from.
 *
 * @param kind whether the passage is part of a document or a schedule entry
 * @param text the whole passage, with every word that matched the question emphasized
 * @param score the search engine's score: comparable only between hits of one query
 * @param matchedWords the query words (as given in the query) found in the passage's heading or
 *     text, after analysis (stems, synonyms, accents)
 * @param matchedInTitle the query words found in the title of the document the passage is part of
 *     (true of every passage of that document, so weaker evidence for this one)
 * @param phraseMatched whether one of the query's phrases occurs in the passage as a phrase
 * @param wordWeights for every query word, how rare it is in the material (its idf), so a missing
 *     rare word counts more than a missing common one
 */
public record PassageHit(
    Kind kind,
    Source source,
    Snippet text,
    float score,
    Set<String> matchedWords,
    Set<String> matchedInTitle,
    boolean phraseMatched,
    java.util.Map<String, Double> wordWeights) {

  public PassageHit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    matchedWords = Set.copyOf(matchedWords);
    matchedInTitle = Set.copyOf(matchedInTitle);
    wordWeights = java.util.Map.copyOf(wordWeights);
  }

  /** What a hit is. */
  public enum Kind {
    DOCUMENT,
    SESSION
  }
}
