package dev.usher.core.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.Retrieval;
import dev.usher.core.reply.Snippet;
import dev.usher.core.reply.Source;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of the answer policy, each from the signals a candidate carries. */
class AnswerPolicyTest {
  private static final AnswerPolicy POLICY = AnswerPolicy.DEFAULTS;
  private static final List<String> WORDS = List.of("childcare", "cost");

  @Test
  void aPassageHoldingTheWordsAnswersByWords() {
    // given a passage with both words, found first by words, somewhat alike in meaning
    Evidence evidence =
        evidence(Set.of("childcare", "cost"), new Retrieval(0, 3, OptionalDouble.of(0.3)));

    // then it answers by the words rule
    assertThat(evidence.rule()).contains(AnswerPolicy.Rule.WORDS);
  }

  @Test
  void aPassageSayingItInOtherWordsAnswersByMeaning() {
    // given a passage with none of the words ("babysitter" asked, "childcare" written) but close in
    // meaning
    Evidence evidence =
        evidence(
            Set.of(),
            new Retrieval(
                Retrieval.UNRANKED, 0, OptionalDouble.of(POLICY.strongSimilarity() + 0.05)));

    // then it answers by meaning
    assertThat(evidence.rule()).contains(AnswerPolicy.Rule.MEANING);
  }

  @Test
  void twoSearchesAgreeingOnAFairlyClosePassageAnswer() {
    // given a passage with one of the words, first in both searches, below the strong similarity
    double similarity = (POLICY.agreedSimilarity() + POLICY.strongSimilarity()) / 2;
    Evidence agreed =
        evidence(Set.of("childcare"), new Retrieval(0, 0, OptionalDouble.of(similarity)));
    Evidence notAgreed =
        evidence(
            Set.of("childcare"),
            new Retrieval(0, POLICY.agreementRank() + 3, OptionalDouble.of(similarity)));

    // then it answers by agreement only when both rank it near the top
    assertThat(agreed.rule()).contains(AnswerPolicy.Rule.AGREEMENT);
    assertThat(notAgreed.rule()).isEmpty();
  }

  @Test
  void aPassageBothSearchesPutFirstNeedsLessSimilarity() {
    // given a passage with the rarer word, first by words and by meaning, below the agreement
    // similarity
    double similarity = (POLICY.firstBothSimilarity() + POLICY.agreedSimilarity()) / 2;
    Evidence first =
        evidence(Set.of("childcare"), new Retrieval(0, 0, OptionalDouble.of(similarity)));
    Evidence second =
        evidence(Set.of("childcare"), new Retrieval(0, 1, OptionalDouble.of(similarity)));

    // then it answers only when first in both
    assertThat(first.rule()).contains(AnswerPolicy.Rule.FIRST_IN_BOTH);
    assertThat(second.rule()).isEmpty();
  }

  @Test
  void aPassageFarInMeaningWithFewWordsIsNoAnswer() {
    // given a passage with one word of two and low similarity
    Evidence evidence = evidence(Set.of("cost"), new Retrieval(0, 9, OptionalDouble.of(0.2)));

    // then nothing answers
    assertThat(evidence.rule()).isEmpty();
  }

  @Test
  void withoutSemanticSearchOnlyTheWordsDecide() {
    // given hits of a words-only search
    Evidence full = evidence(Set.of("childcare", "cost"), Retrieval.lexical(0));
    Evidence half = evidence(Set.of("childcare"), Retrieval.lexical(1));

    // then the coverage threshold alone decides
    assertThat(full.rule()).contains(AnswerPolicy.Rule.WORDS);
    assertThat(half.rule()).isEmpty();
  }

  @Test
  void sharedWordsFarInMeaningAreNoAnswer() {
    // given a passage holding every word, but in an unrelated sense
    Evidence evidence =
        evidence(
            Set.of("childcare", "cost"),
            new Retrieval(
                0, Retrieval.UNRANKED, OptionalDouble.of(POLICY.minSimilarityForWords() - 0.05)));

    // then the words alone do not answer
    assertThat(evidence.rule()).isEmpty();
  }

  @Test
  void aListOfQuestionsIsNoAnswer() {
    // given an FAQ section that lists questions without their answers, holding every word
    String text =
        "Childcare\n• Is childcare provided?\n• What does childcare cost?\n• Can I bring my kids?";
    Evidence questions =
        evidence(text, Set.of("childcare", "cost"), new Retrieval(0, 0, OptionalDouble.of(0.6)));
    // and one that pairs a question with its answer
    Evidence pair =
        evidence(
            "Childcare\nWhat does childcare cost? Childcare costs nothing.",
            Set.of("childcare", "cost"),
            new Retrieval(0, 0, OptionalDouble.of(0.6)));

    // then the list never answers, and the pair does
    assertThat(questions.mostlyAsks()).isTrue();
    assertThat(questions.rule()).isEmpty();
    assertThat(pair.rule()).contains(AnswerPolicy.Rule.WORDS);
  }

  @Test
  void aSessionCardStatesTheTimeAndPlaceItsWordsAskFor() {
    // given a session matching both words of a "where" question, with no place in its text
    PassageHit session =
        new PassageHit(
            PassageHit.Kind.SESSION,
            new Source(
                "session:s1", "Childcare cost clinic", Optional.of("Room 2"), Optional.empty()),
            () -> Snippet.plain("Childcare cost clinic\nBring questions."),
            1,
            Set.of("childcare", "cost"),
            Set.of(),
            Map.of("childcare", 2.0, "cost", 1.0),
            new Retrieval(0, 0, OptionalDouble.of(0.6)));

    // then its card (day, time, room) fits a place or time question, but not a question of length
    assertThat(Evidence.of(session, WORDS, Intent.PLACE, 1, 0.6, POLICY).intentFit())
        .isEqualTo(1.0);
    assertThat(Evidence.of(session, WORDS, Intent.DURATION, 1, 0.6, POLICY).intentFit()).isZero();
  }

  @Test
  void closenessInMeaningWithoutTheKindOfThingAskedForIsNoAnswer() {
    // given a "how much" question and two passages close in meaning with one of its words, one with
    // a price
    Retrieval close = new Retrieval(0, 0, OptionalDouble.of(POLICY.strongSimilarity() + 0.05));
    Evidence priced =
        evidence("Childcare costs $20 a day.", Set.of("childcare"), close, Intent.PRICE);
    Evidence unpriced =
        evidence("Childcare is on the second floor.", Set.of("childcare"), close, Intent.PRICE);
    Evidence allWords =
        evidence(
            "Childcare cost is on the desk's sheet.",
            Set.of("childcare", "cost"),
            close,
            Intent.PRICE);

    // then only the one that states a price answers, unless a passage holds every word
    assertThat(priced.rule()).contains(AnswerPolicy.Rule.MEANING);
    assertThat(unpriced.lacksAskedKind()).isTrue();
    assertThat(unpriced.rule()).isEmpty();
    assertThat(allWords.rule()).contains(AnswerPolicy.Rule.WORDS);
  }

  @Test
  void aSessionsTitleIsItsOwnWhereADocumentsTitleIsSharedByItsPassages() {
    // given a session and a document passage whose titles hold both words, their texts none
    Retrieval found = new Retrieval(0, 0, OptionalDouble.of(0.3));
    PassageHit session =
        new PassageHit(
            PassageHit.Kind.SESSION,
            new Source(
                "session:s1", "Childcare cost clinic", Optional.of("Room 2"), Optional.empty()),
            () -> Snippet.plain("Bring questions."),
            1,
            Set.of(),
            Set.of("childcare", "cost"),
            Map.of("childcare", 2.0, "cost", 1.0),
            found);
    PassageHit passage =
        new PassageHit(
            PassageHit.Kind.DOCUMENT,
            new Source(
                "docs/childcare-cost.md",
                "Childcare cost",
                Optional.of("Sign-up"),
                Optional.empty()),
            () -> Snippet.plain("Bring questions."),
            1,
            Set.of(),
            Set.of("childcare", "cost"),
            Map.of("childcare", 2.0, "cost", 1.0),
            found);

    // then the session holds them in full, the passage only in part
    assertThat(Evidence.of(session, WORDS, Intent.ANY, 1, 0.6, POLICY).coverage()).isEqualTo(1.0);
    assertThat(Evidence.of(passage, WORDS, Intent.ANY, 1, 0.6, POLICY).coverage())
        .isEqualTo(POLICY.titleOnlyWeight());
  }

  @Test
  void aThresholdOutOfRangeIsRejectedByName() {
    assertThatThrownBy(
            () ->
                new AnswerPolicy(1.5, 0, 0.45, 0, 0.4, 0.2, 2, 0.35, 0.5, 0.5, 0.5, 2, 0.5, 1, 20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minCoverage");
    assertThatThrownBy(
            () ->
                new AnswerPolicy(0.7, 0, 0.45, 0, 0.4, 0.2, -1, 0.35, 0.5, 0.5, 0.5, 2, 0.5, 1, 20))
        .hasMessageContaining("agreementRank");
  }

  private static Evidence evidence(Set<String> matched, Retrieval retrieval) {
    return evidence("Childcare costs nothing.", matched, retrieval);
  }

  private static Evidence evidence(String text, Set<String> matched, Retrieval retrieval) {
    return evidence(text, matched, retrieval, Intent.ANY);
  }

  private static Evidence evidence(
      String text, Set<String> matched, Retrieval retrieval, Intent intent) {
    PassageHit hit =
        new PassageHit(
            PassageHit.Kind.DOCUMENT,
            new Source("docs/families.md", "Families", Optional.of("Childcare"), Optional.empty()),
            () -> Snippet.plain(text),
            matched.isEmpty() ? 0 : 1,
            matched,
            Set.of(),
            Map.of("childcare", 2.0, "cost", 1.0),
            retrieval);
    return Evidence.of(hit, WORDS, intent, 1, 0.6, POLICY);
  }
}
