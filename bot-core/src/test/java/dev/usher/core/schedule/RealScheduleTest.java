package dev.usher.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.conference.Conference;
import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import dev.usher.core.reply.Reply;
import dev.usher.core.reply.ScheduleOverview;
import dev.usher.core.testing.SharedData;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The schedule logic over the real 31C3 schedule (frab XML, days ending at 04:00). */
class RealScheduleTest {
  private static final Conference CCC =
      new Conference(
          "31. Chaos Communication Congress",
          FrabTestReader.BERLIN,
          Optional.empty(),
          Optional.empty());
  private static Schedule schedule;

  @BeforeAll
  static void read() throws Exception {
    schedule = FrabTestReader.read(SharedData.data("31c3/schedule.xml"));
  }

  private static ScheduleCommands at(String now) {
    var instant = LocalDateTime.parse(now).atZone(FrabTestReader.BERLIN).toInstant();
    return new ScheduleCommands(
        CCC, schedule, java.time.Clock.fixed(instant, FrabTestReader.BERLIN));
  }

  @Test
  void theMidnightFilmBelongsToTheFirstDay() {
    ProgrammeDays days = new ProgrammeDays(schedule, FrabTestReader.BERLIN);

    assertThat(days.days()).hasSize(4);
    assertThat(days.sessionsOn(days.first()))
        .extracting(Session::id)
        .contains("6581")
        .doesNotContain("6196");
  }

  @Test
  void aWholeCongressDayIsSummarizedNotDumped() {
    Reply reply = at("2014-12-28T10:00").day(Optional.empty(), Optional.empty(), Optional.empty());

    assertThat(reply).isInstanceOf(ScheduleOverview.class);
    assertThat(((ScheduleOverview) reply).total()).isEqualTo(45);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          what's on in saal 1 at 3pm              | 2014-12-28T10:00 | 6131
          what's on in saal 1 at 2:30pm           | 2014-12-28T10:00 | 6344
          whats on now in saal g                  | 2014-12-27T21:50 | 6195
          when is the fnord news show             | 2014-12-27T10:00 | 6109
          where does tanja lange speak            | 2014-12-27T10:00 | 6369
          what's on tonight in saal 1             | 2014-12-28T12:00 | 6294
          next in saal 2                          | 2014-12-30T01:00 | 5943
          when is richard stallman's talk         | 2014-12-27T10:00 | 6123
          """)
  void answersRealQuestions(String question, String now, String first) {
    Optional<Reply> reply = at(now).answerQuestion(question);

    assertThat(reply).as(question).isPresent();
    assertThat(Replies.ids(reply.get())).as(question).first().isEqualTo(first);
  }
}
