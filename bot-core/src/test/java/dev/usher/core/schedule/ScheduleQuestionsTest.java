package dev.usher.core.schedule;

import static dev.usher.core.schedule.Fixtures.commands;
import static dev.usher.core.schedule.Fixtures.conference;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.conference.Schedule;
import dev.usher.core.reply.Reply;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleQuestionsTest {

  private static List<String> answer(String question, String now) {
    Optional<Reply> reply = commands(conference(), now).answerQuestion(question);
    assertThat(reply).as("claimed: %s", question).isPresent();
    return Replies.ids(reply.get());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          what's on now?                              | 2026-04-24T10:40 | llms-lost
          whats next                                  | 2026-04-24T10:40 | succinct
          anything later today?                       | 2026-04-24T16:00 | party
          what's on tomorrow morning                  | 2026-04-24T12:00 | graphs
          what is on this afternoon                   | 2026-04-25T08:00 | audio
          what's on tonight                           | 2026-04-24T12:00 | party
          schedule for sunday                         | 2026-04-24T12:00 | trust
          what is happening on april 26               | 2026-04-24T12:00 | trust
          what's on in room 201 at 3pm                | 2026-04-24T08:00 | succinct
          anything in oral hall at 10:45?             | 2026-04-24T08:00 | llms-lost
          is anything on graph learning tomorrow morning? | 2026-04-24T18:00 | graphs
          where is alice baird speaking               | 2026-04-24T12:00 | audio
          when does bergstrasser present?             | 2026-04-24T12:00 | succinct
          when is the keynote                         | 2026-04-24T12:00 | keynote
          where is the closing                        | 2026-04-24T12:00 | closing
          when is transformers inherently sucinct     | 2026-04-24T12:00 | succinct
          who speaks about multi-turn conversation    | 2026-04-24T12:00 | llms-lost
          """)
  void answersScheduleQuestionsWithTheRightSessionFirst(String question, String now, String first) {
    assertThat(answer(question, now)).first().isEqualTo(first);
  }

  @Test
  void anAllDaySessionIsOnInTheAfternoonButOneEndingSoonAfterNoonIsNot() {
    // what starts in the afternoon first, then the all-day session that runs on into it
    assertThat(answer("what's on sunday afternoon", "2026-04-24T12:00"))
        .containsExactly("closing", "trust");
    assertThat(answer("what's on friday afternoon", "2026-04-24T08:00"))
        .containsExactly("succinct");
  }

  @Test
  void anEarlyMorningClockTimeOnAFirstDayIsThatDaysDate() {
    Schedule early =
        new Schedule(
            Fixtures.RIO,
            List.of(
                Fixtures.session(
                    "night", "Night Owl Talk", "2026-04-24T01:50", 60, "Hall A", "Talks"),
                Fixtures.session("day", "Day Talk", "2026-04-24T10:00", 60, "Hall A", "Talks")));

    Optional<Reply> reply =
        commands(early, "2026-04-23T12:00").answerQuestion("what's on at 2am friday");

    assertThat(reply.map(Replies::ids).orElseThrow()).containsExactly("night");
  }

  @Test
  void aRoomIsNamedByItsCodeAlone() {
    Schedule rooms =
        new Schedule(
            Fixtures.RIO,
            List.of(
                Fixtures.session(
                    "main", "Opening", "2026-04-24T10:00", 60, "B2.105 (Main Hall)", "Talks"),
                Fixtures.session(
                    "side", "Side Event", "2026-04-24T10:00", 60, "B1.001 (Foyer)", "Talks")));

    Optional<Reply> byCode =
        commands(rooms, "2026-04-24T10:15").answerQuestion("what's on in B2.105 now");
    Optional<Reply> byName =
        commands(rooms, "2026-04-24T10:15").answerQuestion("what's on in the main hall now");

    assertThat(byCode.map(Replies::ids).orElseThrow()).containsExactly("main");
    assertThat(byName.map(Replies::ids).orElseThrow()).containsExactly("main");
  }

  @Test
  void aOneWordSpeakerHandleIsNotFoundInAWordSpelledLikeIt() {
    Schedule handles =
        new Schedule(
            Fixtures.RIO,
            List.of(
                Fixtures.session(
                    "stars",
                    "Reconfigurable Computing",
                    "2026-04-24T10:00",
                    60,
                    "Hall A",
                    "Talks",
                    "stars"),
                Fixtures.session(
                    "dreams",
                    "Security Nightmares",
                    "2026-04-24T12:00",
                    60,
                    "Hall A",
                    "Talks",
                    "frank")));

    Optional<Reply> reply =
        commands(handles, "2026-04-24T08:00").answerQuestion("when does security nightmares start");

    assertThat(reply.map(Replies::ids).orElseThrow()).containsExactly("dreams");
  }

  @Test
  void theBestTopicMatchComesFirstEvenWhenItIsLater() {
    assertThat(answer("where is the graph foundation models sesion", "2026-04-24T08:00"))
        .first()
        .isEqualTo("graphs");
  }

  @Test
  void aSessionAfterMidnightBelongsToTheLateEveningsDay() {
    assertThat(answer("what's on tonight", "2026-04-24T12:00"))
        .containsExactly("party", "late-jam");
  }

  @Test
  void atTwoInTheMorningTodayIsStillTheEveningsProgrammeDay() {
    assertThat(answer("what's on now", "2026-04-25T01:45")).containsExactly("late-jam");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "When is the submission deadline for the trustworthy AI workshop?",
        "When is ICLR 2026?",
        "Where is ICLR 2026 being held?",
        "What's the wifi password?",
        "Is parking free at the venue?",
        "Who should I contact about the trustworthy AI workshop?",
        "What time does registration open?",
        "what is the capital of france",
        "Is there a workshop on machine learning for audio?",
        "What is the learning to listen workshop about?"
      })
  void leavesQuestionsNotAboutTheScheduleToTheDocuments(String question) {
    assertThat(commands(conference(), "2026-04-24T12:00").answerQuestion(question)).isEmpty();
  }

  @Test
  void saysSoWhenNoSessionMatchesATopicAskedForAtATime() {
    Reply reply =
        commands(conference(), "2026-04-24T12:00")
            .answerQuestion("any talks about quantum computing tomorrow?")
            .orElseThrow();
    assertThat(Replies.text(reply)).contains("no session about \"quantum computing\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "is anything on quantum computing tomorrow?",
        "something about quantum computing tomorrow morning?"
      })
  void anythingOnATopicAtATimeAsksForSessions(String question) {
    Reply reply = commands(conference(), "2026-04-24T12:00").answerQuestion(question).orElseThrow();
    assertThat(Replies.text(reply)).contains("no session about \"quantum computing\"");
  }

  @Test
  void beforeTheConferenceNowSaysWhenItStartsAndShowsTheFirstDay() {
    Reply reply =
        commands(conference(), "2026-04-20T10:00").answerQuestion("what's on today").orElseThrow();
    assertThat(Replies.text(reply)).contains("has not started yet").contains("Friday 24 April");
    assertThat(Replies.ids(reply)).startsWith("opening");
  }

  @Test
  void afterTheConferenceNextSaysItHasEnded() {
    Reply reply =
        commands(conference(), "2026-05-02T10:00").answerQuestion("what's next?").orElseThrow();
    assertThat(Replies.text(reply)).contains("has ended");
  }
}
