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
record Evidence(PassageHit hit, double coverage, boolean fitsIntent, double relativeScore) {

  static Evidence of(PassageHit hit, List<String> words, Intent intent, float topScore) {
    double total = 0;
    double matched = 0;
    for (String word : words) {
      double weight = hit.wordWeights().getOrDefault(word, 0.0);
      total += weight;
      if (hit.matchedWords().contains(word)) {
        matched += weight;
      }
    }
    double coverage = total == 0 ? 0 : matched / total;
    boolean fits = intent != Intent.ANY && intent.answeredBy(hit.text().text());
    return new Evidence(hit, coverage, fits, topScore <= 0 ? 0 : hit.score() / topScore);
  }

  /** The order answers are chosen in: coverage first, then fit to the intent, then the engine's score. */
  double rank() {
    return Math.round(coverage * 10) / 10.0 * 10 + (fitsIntent ? 1.0 : 0) + relativeScore;
  }

  /** The words of the question this hit does not contain. */
  List<String> missing(List<String> words) {
    return words.stream().filter(w -> !hit.matchedWords().contains(w)).toList();
  }

  static Map<String, Double> weights(List<Evidence> evidence) {
    return evidence.isEmpty() ? Map.of() : evidence.get(0).hit().wordWeights();
  }
}
