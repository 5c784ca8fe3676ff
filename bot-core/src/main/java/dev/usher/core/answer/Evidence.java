package dev.usher.core.answer;

import dev.usher.core.knowledge.PassageHit;
import java.util.List;
import java.util.Map;

/**
 * How well one hit answers a question, from signals that can be explained: the share of the
 * question's content it covers (each word weighted by its rarity, so a missing rare word counts
 * more than a missing common one), whether a phrase matched, and whether the passage holds what
 * the question asks for (a date for "when", a name for "who").
 */
record Evidence(PassageHit hit, double coverage, double intentFit, double relativeScore) {

  /**
   * A word found only in the document's title counts this much: it says the document is about it,
   * not that this passage is.
   */
  static final double TITLE_ONLY_WEIGHT = 0.5;

  static Evidence of(PassageHit hit, List<String> words, Intent intent, float topScore) {
    double total = 0;
    double matched = 0;
    for (String word : words) {
      double weight = hit.wordWeights().getOrDefault(word, 0.0);
      total += weight;
      if (hit.matchedWords().contains(word)) {
        matched += weight;
      } else if (hit.matchedInTitle().contains(word)) {
        matched += weight * TITLE_ONLY_WEIGHT;
      }
    }
    double coverage = total == 0 ? 0 : matched / total;
    // Fit only orders hits that may answer; reading the others' text would be wasted work.
    boolean mayAnswer = coverage >= AnswerEngine.MIN_COVERAGE && !words.isEmpty();
    double fit = mayAnswer ? intent.wordsBesideAnswer(hit.text()) / (2.0 * words.size()) : 0;
    return new Evidence(hit, coverage, Math.min(1, fit), topScore <= 0 ? 0 : hit.score() / topScore);
  }

  /**
   * The order answers are chosen in: the engine's score (which weighs titles, headings and phrases),
   * raised for a passage that says what the question asks (a date for "when") in the line that
   * names what is asked about, and for fuller coverage. Coverage decides whether to answer at all; see
   * {@link AnswerEngine#MIN_COVERAGE}.
   */
  double rank() {
    return relativeScore + 0.5 * intentFit + 0.5 * coverage;
  }

  /** The words of the question this hit does not contain. */
  List<String> missing(List<String> words) {
    return words.stream().filter(w -> !hit.matchedWords().contains(w)).toList();
  }

  static Map<String, Double> weights(List<Evidence> evidence) {
    return evidence.isEmpty() ? Map.of() : evidence.get(0).hit().wordWeights();
  }
}
