package dev.usher.core.answer;

import dev.usher.core.knowledge.PassageHit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How well one hit answers a question, from signals that can be explained: the share of the
 * question's content it covers (each word weighted by its rarity, so a missing rare word counts
 * more than a missing common one), how close it is in meaning, whether the passage holds what the
 * question asks for (a date for "when", a name for "who"), and the rule of the {@link AnswerPolicy}
 * by which it answers, if any.
 *
 * @param relativeScore the word-search score over the best word-search score of the question
 * @param relativeSimilarity the similarity over the best similarity among the candidates
 * @param mostlyAsks most sentences of the passage are questions (a list of FAQ questions without
 *     their answers); read only for a passage whose scores would answer
 * @param lacksAskedKind the question asks for a kind of thing (a price, a date, a place) and the
 *     passage states none; read only for a passage whose scores would answer
 * @param statesAskedKind the passage answers by a rule and states a thing of the kind asked for
 *     (always true when the question asks for no kind): among answers, one that says what was asked
 *     comes before one that only holds the words
 * @param headedByAsk the passage states what was asked under a heading that asks it ("When?", "How
 *     much does it cost?"): a page's own answer to that question, before other passages that state
 *     a thing of the kind
 */
record Evidence(
    PassageHit hit,
    double coverage,
    OptionalDouble similarity,
    double intentFit,
    double relativeScore,
    double relativeSimilarity,
    boolean mostlyAsks,
    boolean lacksAskedKind,
    boolean statesAskedKind,
    boolean headedByAsk,
    Optional<AnswerPolicy.Rule> rule,
    double rank) {

  static Evidence of(
      PassageHit hit,
      List<String> words,
      Intent intent,
      float topScore,
      double topSimilarity,
      AnswerPolicy policy) {
    double coverage = coverage(hit, words, policy);
    OptionalDouble similarity = hit.retrieval().similarity();
    double relativeScore = topScore <= 0 ? 0 : hit.score() / topScore;
    double relativeSimilarity =
        similarity.isPresent() && topSimilarity > 0
            ? Math.max(0, similarity.getAsDouble()) / topSimilarity
            : 0;
    Evidence byScores =
        new Evidence(
            hit,
            coverage,
            similarity,
            0,
            relativeScore,
            relativeSimilarity,
            false,
            false,
            false,
            false,
            Optional.empty(),
            0);
    Optional<AnswerPolicy.Rule> rule = policy.answers(byScores);
    // The text is read only for hits whose scores answer: reading the others' would be wasted work.
    boolean mostlyAsks =
        rule.isPresent() && AnswerWindow.mostlyAsks(hit.text(), AnswerWindow.headingChars(hit));
    // The heading above the passage can state what was asked ("When: Thursday"): one scan of both.
    String section = hit.source().section().orElse("");
    AnswerSpans answers =
        intent.answersIn(rule.isPresent() ? section + "\n" + hit.text().text() : "");
    int textStart = section.length() + 1;
    // A passage holding nearly every word answers whatever it states; only the others are read for
    // it.
    boolean statesAskedKind =
        rule.isPresent() && (!intent.asksForSomething() || statesAskedKind(hit, intent, answers));
    boolean lacksAskedKind =
        rule.filter(r -> r != AnswerPolicy.Rule.WORDS).isPresent() && !statesAskedKind;
    if (mostlyAsks || lacksAskedKind) {
      rule =
          policy.answers(
              new Evidence(
                  hit,
                  coverage,
                  similarity,
                  0,
                  relativeScore,
                  relativeSimilarity,
                  mostlyAsks,
                  lacksAskedKind,
                  false,
                  false,
                  Optional.empty(),
                  0));
    }
    double fit =
        rule.isPresent() && !words.isEmpty() ? fit(hit, words, intent, answers, textStart) : 0;
    double rank =
        policy.lexicalWeight() * relativeScore
            + policy.semanticWeight() * relativeSimilarity
            + policy.intentWeight() * fit
            + policy.coverageWeight() * coverage
            + (rule.isPresent() && hit.source().organizerAnswer()
                ? AnswerPolicy.ORGANIZER_ANSWER_BONUS
                : 0);
    return new Evidence(
        hit,
        coverage,
        similarity,
        fit,
        relativeScore,
        relativeSimilarity,
        mostlyAsks,
        lacksAskedKind,
        rule.isPresent() && statesAskedKind,
        rule.isPresent()
            && statesAskedKind
            && intent.asksForSomething()
            && hit.source().section().filter(intent::askedBy).isPresent(),
        rule,
        rank);
  }

  /**
   * Whether the passage states a thing of the kind asked for; a session's card states its time and
   * room.
   */
  private static boolean statesAskedKind(PassageHit hit, Intent intent, AnswerSpans answers) {
    if (hit.kind() == PassageHit.Kind.SESSION && intent.statedBySessionCard()) {
      return true;
    }
    return answers.any();
  }

  /**
   * The share of the question's words found beside what it asks for. A session's card states its
   * time, length and room, so for those questions every word the session matched is beside one.
   * {@code answers} are the intent's in the heading and text, the text from {@code textStart} on.
   */
  private static double fit(
      PassageHit hit, List<String> words, Intent intent, AnswerSpans answers, int textStart) {
    if (hit.kind() == PassageHit.Kind.SESSION && intent.statedBySessionCard()) {
      return Math.min(
          1, words.stream().filter(word -> holds(hit, word)).count() / (double) words.size());
    }
    int beside = intent.wordsBesideAnswer(hit.text(), answers, textStart);
    // A page's title says what each of its passages is about ("Social Event" over "When: Thursday
    // 7 pm"), so a word only the title holds is beside the passage's answer, as weakly as a label
    // on the line before its value.
    long onlyInTitle =
        words.stream()
            .filter(
                word -> !hit.matchedWords().contains(word) && hit.matchedInTitle().contains(word))
            .count();
    if (onlyInTitle > 0 && answers.within(textStart, textStart + hit.text().text().length())) {
      beside += (int) onlyInTitle;
    }
    return Math.min(1, beside / (2.0 * words.size()));
  }

  private static double coverage(PassageHit hit, List<String> words, AnswerPolicy policy) {
    double total = 0;
    double matched = 0;
    for (String word : words) {
      double weight = hit.wordWeights().getOrDefault(word, 0.0);
      total += weight;
      if (holds(hit, word)) {
        matched += weight;
      } else if (hit.matchedInTitle().contains(word)) {
        matched += weight * policy.titleOnlyWeight();
      }
    }
    return total == 0 ? 0 : matched / total;
  }

  /**
   * Whether the passage itself holds {@code word}. A session's title is its own, so a word in it
   * counts in full; a document's title is shared by all its passages, so it counts only in part.
   */
  private static boolean holds(PassageHit hit, String word) {
    return hit.matchedWords().contains(word)
        || (hit.kind() == PassageHit.Kind.SESSION && hit.matchedInTitle().contains(word));
  }

  boolean answers() {
    return rule.isPresent();
  }
}
