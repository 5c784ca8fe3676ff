package dev.usher.core.answer;

import dev.usher.core.knowledge.Retrieval;
import java.util.Optional;

/**
 * Every threshold and weight that decides whether the bot answers and which passage it quotes, in
 * one place. Each candidate passage carries signals that can be shown ({@link Evidence}): lexical
 * coverage (the rarity-weighted share of the question's content words it holds), its similarity in
 * meaning to the question (cosine of sentence vectors), whether the word search and the meaning
 * search agree on it, and whether it holds the kind of thing asked for. A candidate is an answer
 * when one of the rules below holds, and never when it mostly asks questions (a list of FAQ
 * questions without their answers names the topic, it does not answer it). Only a passage that
 * holds nearly every word may answer without stating the kind of thing asked for (a price for "how
 * much is X", a date for "when"): closeness in meaning alone finds the topic, not the answer, and a
 * page about a place is close to a question about what something there costs. Among answers the
 * fused rank picks the quote. Chosen on the dev question sets (see docs/ANSWER-POLICY.md for the
 * trade-off table).
 *
 * @param minCoverage lexical coverage that answers on its own: the passage holds nearly every
 *     content word of the question (0..1; default 0.7)
 * @param minSimilarityForWords with semantic search on, a passage that holds the words must also be
 *     at least this close in meaning: shared words in an unrelated sense ("SELECT" in a talk about
 *     selecting a framework) are not an answer (cosine; default 0.1: a long passage that holds the
 *     words can be far from the question in meaning, and from 0.2 up the floor loses right answers)
 * @param strongSimilarity similarity that answers with little or no word evidence: the attendee
 *     said it in other words ("babysitter" for "childcare") (cosine; default 0.45)
 * @param minCoverageForMeaning the word evidence a {@code strongSimilarity} answer still needs;
 *     raising it declines more near-misses, and more right answers (0..1; default 0)
 * @param agreedSimilarity similarity that answers when both searches rank the passage near the top
 *     ({@code agreementRank}): two independent kinds of evidence pointing at one passage (cosine;
 *     default 0.40)
 * @param minCoverageForAgreement the word evidence an agreement answer still needs (0..1; default
 *     0.2)
 * @param agreementRank how near the top (0 = first) both searches must rank a passage to agree on
 *     it (default 2)
 * @param firstBothSimilarity similarity that answers when both searches rank the passage first: a
 *     lower bar than {@code agreedSimilarity}, since a passage both searches put first is rarely a
 *     near-miss (cosine; default 0.30)
 * @param minCoverageForFirstBoth the word evidence that answer still needs (0..1; default 0.5)
 * @param titleOnlyWeight a word found only in the document's title counts this share of a word in
 *     the passage: it says the document is about it, not that this passage is (0..1; default 0.5)
 * @param lexicalWeight weight of the word-search score (relative to the best hit) in the fused rank
 *     (default 0.5)
 * @param semanticWeight weight of the similarity (relative to the best similarity) in the fused
 *     rank (default 2)
 * @param intentWeight weight of intent fit (the passage says what is asked, a date for "when";
 *     default 0.5)
 * @param coverageWeight weight of lexical coverage in the fused rank (default 1)
 * @param candidates how many hits each search returns to be weighed (default 20)
 */
record AnswerPolicy(
    double minCoverage,
    double minSimilarityForWords,
    double strongSimilarity,
    double minCoverageForMeaning,
    double agreedSimilarity,
    double minCoverageForAgreement,
    int agreementRank,
    double firstBothSimilarity,
    double minCoverageForFirstBoth,
    double titleOnlyWeight,
    double lexicalWeight,
    double semanticWeight,
    double intentWeight,
    double coverageWeight,
    int candidates) {

  /**
   * Added to the rank of an organizer's curated answer ({@code answers.yaml}) that answers by a
   * rule: small (the rank runs to about 4), so it wins a tie with a page that answers as well,
   * never a clearly better page, and never makes an answer of a curated passage that no rule lets
   * answer.
   */
  public static final double ORGANIZER_ANSWER_BONUS = 0.25;

  /** The calibrated settings. */
  public static final AnswerPolicy DEFAULTS =
      new AnswerPolicy(0.7, 0.1, 0.45, 0.0, 0.4, 0.2, 2, 0.30, 0.5, 0.5, 0.5, 2.0, 0.5, 1.0, 20);

  public AnswerPolicy {
    share("minCoverage", minCoverage);
    cosine("minSimilarityForWords", minSimilarityForWords);
    cosine("strongSimilarity", strongSimilarity);
    share("minCoverageForMeaning", minCoverageForMeaning);
    cosine("agreedSimilarity", agreedSimilarity);
    share("minCoverageForAgreement", minCoverageForAgreement);
    cosine("firstBothSimilarity", firstBothSimilarity);
    share("minCoverageForFirstBoth", minCoverageForFirstBoth);
    share("titleOnlyWeight", titleOnlyWeight);
    if (agreementRank < 0) {
      throw new IllegalArgumentException("agreementRank must be 0 or more: " + agreementRank);
    }
    for (double weight :
        new double[] {lexicalWeight, semanticWeight, intentWeight, coverageWeight}) {
      if (weight < 0 || Double.isNaN(weight)) {
        throw new IllegalArgumentException("rank weights must be 0 or more: " + weight);
      }
    }
    if (candidates < 1) {
      throw new IllegalArgumentException("candidates must be positive: " + candidates);
    }
  }

  private static void share(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be from 0 to 1: " + value);
    }
  }

  private static void cosine(String name, double value) {
    if (!(value >= -1 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be from -1 to 1: " + value);
    }
  }

  /** The rule by which {@code evidence} answers the question, if any. */
  Optional<Rule> answers(Evidence evidence) {
    if (evidence.mostlyAsks()) {
      return Optional.empty();
    }
    double coverage = evidence.coverage();
    if (evidence.similarity().isEmpty()) {
      return coverage >= minCoverage ? Optional.of(Rule.WORDS) : Optional.empty();
    }
    double similarity = evidence.similarity().getAsDouble();
    if (coverage >= minCoverage && similarity >= minSimilarityForWords) {
      return Optional.of(Rule.WORDS);
    }
    if (evidence.lacksAskedKind()) {
      return Optional.empty();
    }
    if (similarity >= strongSimilarity && coverage >= minCoverageForMeaning) {
      return Optional.of(Rule.MEANING);
    }
    if (similarity >= agreedSimilarity
        && coverage >= minCoverageForAgreement
        && agreed(evidence, agreementRank)) {
      return Optional.of(Rule.AGREEMENT);
    }
    if (similarity >= firstBothSimilarity
        && coverage >= minCoverageForFirstBoth
        && agreed(evidence, 0)) {
      return Optional.of(Rule.FIRST_IN_BOTH);
    }
    return Optional.empty();
  }

  private static boolean agreed(Evidence evidence, int maxRank) {
    Retrieval retrieval = evidence.hit().retrieval();
    return retrieval.foundByWords()
        && retrieval.foundByMeaning()
        && retrieval.lexicalRank() <= maxRank
        && retrieval.semanticRank() <= maxRank;
  }

  /** Why a passage answers. */
  public enum Rule {
    /** It holds nearly every content word, and (semantic search on) is not off in meaning. */
    WORDS,
    /** It is close in meaning and holds some of the words. */
    MEANING,
    /** Both searches rank it near the top, and it is fairly close in meaning. */
    AGREEMENT,
    /** Both searches rank it first, and it holds half the words. */
    FIRST_IN_BOTH
  }
}
