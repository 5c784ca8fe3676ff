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

  @Test
  void howMuchAndPayForAskForAPriceThatAFigureOrFreeStates() {
    assertThat(Intent.of("how much is parking at the convention center")).isEqualTo(Intent.PRICE);
    assertThat(Intent.of("do i have to pay for the sprints")).isEqualTo(Intent.PRICE);
    assertThat(Intent.of("how many tracks are there")).isEqualTo(Intent.NUMBER);
    assertThat(Intent.PRICE.answeredBy("Children's tickets for Saturday are just £5.")).isTrue();
    assertThat(Intent.PRICE.answeredBy("The sprints are free to attend.")).isTrue();
    assertThat(Intent.PRICE.answeredBy("Refunds before September 1 incur a 10% fee.")).isTrue();
    // "step-free" and "a free picnic" state no price of what was asked
    assertThat(Intent.PRICE.answeredBy("There is step-free access to all parts of the venue."))
        .isFalse();
    assertThat(Intent.PRICE.answeredBy("Located just 20 minutes from the airport.")).isFalse();
  }

  @Test
  void datesWithOrdinalsOrTheDayFirstAnswerWhen() {
    assertThat(Intent.TIME.answeredBy("Thursday, July 11th at 7 pm CEST")).isTrue();
    assertThat(Intent.TIME.answeredBy("The workshop is on 9th July 2024")).isTrue();
    assertThat(Intent.TIME.answeredBy("held on the 3rd of March")).isTrue();
    assertThat(Intent.TIME.answeredBy("Tickets are limited, grab yours soon")).isFalse();
  }

  @Test
  void aCheaperTicketOrADiscountAsksForAPriceThatADealStates() {
    assertThat(Intent.of("im a student is there a cheaper ticket")).isEqualTo(Intent.PRICE);
    assertThat(Intent.of("any group discount")).isEqualTo(Intent.PRICE);
    // "Cheap" alone asks how, not how much.
    assertThat(Intent.of("how do i get cheap train tickets")).isNotEqualTo(Intent.PRICE);
    assertThat(Intent.PRICE.answeredBy("5 business tickets for the price of 4")).isTrue();
  }

  @Test
  void aHeadingAsksWhatItsPassageAnswers() {
    assertThat(Intent.TIME.askedBy("WHEN?")).isTrue();
    assertThat(Intent.TIME.askedBy("Q. When and where is the conference taking place?")).isTrue();
    assertThat(Intent.TIME.askedBy("Ticket")).isFalse();
  }

  @Test
  void anAddressIsAStreetOrAPostcodeNotTheNameOfAPlace() {
    assertThat(Intent.of("what is the street address of the hotel")).isEqualTo(Intent.ADDRESS);
    assertThat(Intent.of("postcode for the sat nav?")).isEqualTo(Intent.ADDRESS);
    assertThat(Intent.of("which email address do i write to")).isNotEqualTo(Intent.ADDRESS);
    assertThat(Intent.of("where is the hotel")).isEqualTo(Intent.PLACE);
    assertThat(Intent.ADDRESS.answeredBy("The hotel is at 12 N Harbor Street, Springfield."))
        .isTrue();
    assertThat(Intent.ADDRESS.answeredBy("Find us at Musterstraße 12 in Köln.")).isTrue();
    assertThat(Intent.ADDRESS.answeredBy("Springfield, OR 97477")).isTrue();
    assertThat(Intent.ADDRESS.answeredBy("Town Hall, Newport NP20 4UR")).isTrue();
    assertThat(Intent.ADDRESS.answeredBy("Náměstí 5, 110 00 Praha 1")).isTrue();
    assertThat(Intent.ADDRESS.answeredBy("75008 Paris")).isTrue();
    // naming the venue, or a year before a capitalised word, gives no address
    assertThat(Intent.ADDRESS.answeredBy("The conference is held in the Grand Hall of the venue."))
        .isFalse();
    assertThat(Intent.ADDRESS.answeredBy("See the 2024 Schedule and the 30 Talks we picked."))
        .isFalse();
  }

  @Test
  void aWordThatOftenAsksIsOnlyContentWhereItIsTheSettingOfTheQuestion() {
    // "close to" is nearness, a deadline passed is a landmark, the venue and the speakers are the
    // setting
    assertThat(Intent.of("i have a blue badge, can i park close to the venue"))
        .isNotEqualTo(Intent.TIME);
    assertThat(Intent.of("my visa got refused after the refund deadline, what now"))
        .isNotEqualTo(Intent.TIME);
    assertThat(Intent.of("can i bring my own beer into the venue")).isEqualTo(Intent.ANY);
    assertThat(Intent.of("do speakers get travel money")).isEqualTo(Intent.ANY);
    // and each still asks where it is what the question is after
    assertThat(Intent.of("when does the registration desk close")).isEqualTo(Intent.TIME);
    assertThat(Intent.of("deadline to send my receipts")).isEqualTo(Intent.TIME);
    assertThat(Intent.of("what's the venue")).isEqualTo(Intent.PLACE);
    assertThat(Intent.of("who are the keynote speakers")).isEqualTo(Intent.PERSON);
    assertThat(Intent.of("which speakers are from Berlin")).isEqualTo(Intent.PERSON);
  }

  @Test
  void anEventRelativeTimeAnswersWhen() {
    assertThat(Intent.TIME.answeredBy("Grants are paid after the conference, by bank transfer."))
        .isTrue();
    assertThat(Intent.TIME.answeredBy("Grants are paid by bank transfer.")).isFalse();
  }
}
