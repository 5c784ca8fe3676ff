package dev.usher.core.answer;

import dev.usher.core.knowledge.PassageHit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How well one hit answers a question, from signals that can be explained: the share of the
 * question's content it covers (each word weighted by its rarity, so a missing rare word counts
 * more than a missing common one), how close it is in meaning, whether the passage holds what the
 * question asks for (a date for "when", a name for "who"), and the rule of the {@link
 * AnswerPolicy} by which it answers, if any.
 *
 * @param relativeScore the word-search score over the best word-search score of the question
 * @param relativeSimilarity the similarity over the best similarity among the candidates
 */
record Evidence(
    PassageHit hit,
    double coverage,
    OptionalDouble similarity,
    double intentFit,
    double relativeScore,
    double relativeSimilarity,
    Optional<AnswerPolicy.Rule> rule,
    double rank) {

  static Evidence of(
      PassageHit hit, List<String> words, Intent intent, float topScore, double topSimilarity, AnswerPolicy policy) {
    double coverage = coverage(hit, words, policy);
    OptionalDouble similarity = hit.retrieval().similarity();
    double relativeScore = topScore <= 0 ? 0 : hit.score() / topScore;
    double relativeSimilarity =
        similarity.isPresent() && topSimilarity > 0 ? Math.max(0, similarity.getAsDouble()) / topSimilarity : 0;
    Evidence unfitted = new Evidence(hit, coverage, similarity, 0, relativeScore, relativeSimilarity, Optional.empty(), 0);
    Optional<AnswerPolicy.Rule> rule = policy.answers(unfitted);
    // Fit only orders hits that may answer; reading the others' text would be wasted work.
    double fit = rule.isPresent() && !words.isEmpty()
        ? Math.min(1, intent.wordsBesideAnswer(hit.text()) / (2.0 * words.size()))
        : 0;
    double rank = policy.lexicalWeight() * relativeScore
        + policy.semanticWeight() * relativeSimilarity
        + policy.intentWeight() * fit
        + policy.coverageWeight() * coverage;
    return new Evidence(hit, coverage, similarity, fit, relativeScore, relativeSimilarity, rule, rank);
  }

  private static double coverage(PassageHit hit, List<String> words, AnswerPolicy policy) {
    double total = 0;
    double matched = 0;
    for (String word : words) {
      double weight = hit.wordWeights().getOrDefault(word, 0.0);
      total += weight;
      if (hit.matchedWords().contains(word)) {
        matched += weight;
      } else if (hit.matchedInTitle().contains(word)) {
        matched += weight * policy.titleOnlyWeight();
      }
    }
    return total == 0 ? 0 : matched / total;
  }

  boolean answers() {
    return rule.isPresent();
  }

}
