package dev.usher.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a question asks for, and which of its words are evidence. */
class QuestionReaderTest {

  @Test
  void howLongAsksForALengthOfTimeAndItsAskingWordIsNoEvidence() {
    // given a question of length, and one that uses "long" as content
    Question howLong = QuestionReader.read("how long are the talks");
    Question longTalks = QuestionReader.read("are there long talks");

    // then "long" after "how" only asks; "talks" is what it is about
    assertThat(howLong.words()).containsExactly("talks");
    assertThat(longTalks.words()).containsExactly("long", "talks");
    assertThat(Intent.of(howLong.text())).isEqualTo(Intent.DURATION);
  }

  @Test
  void aLengthOfTimeAnswersHowLongAndAClockTimeDoesNot() {
    assertThat(Intent.DURATION.answeredBy("Length: 25 minutes or 45 minutes")).isTrue();
    assertThat(Intent.DURATION.answeredBy("Each 25/45-minute slot includes Q&A")).isTrue();
    assertThat(Intent.DURATION.answeredBy("Doors open at 9:00")).isFalse();
  }

  @Test
  void pronounsAreNoEvidence() {
    assertThat(QuestionReader.read("where can i walk him").words()).containsExactly("walk");
  }
}
