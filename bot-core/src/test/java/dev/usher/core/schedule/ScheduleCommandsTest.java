package dev.usher.core.schedule;

import static dev.usher.core.schedule.Fixtures.busyDay;
import static dev.usher.core.schedule.Fixtures.commands;
import static dev.usher.core.schedule.Fixtures.conference;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.reply.NoAnswer;
import dev.usher.core.reply.Reply;
import dev.usher.core.reply.ScheduleOverview;
import dev.usher.core.reply.SessionCards;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScheduleCommandsTest {
  private final ScheduleCommands atFridayMorning = commands(conference(), "2026-04-24T10:40");

  @Test
  void scheduleShowsTodaysSessionsInTimeOrderIncludingThoseAfterMidnight() {
    Reply reply = atFridayMorning.day(Optional.empty(), Optional.empty(), Optional.empty());

    assertThat(Replies.ids(reply))
        .containsExactly(
            "opening", "keynote", "llms-lost", "posters-1", "succinct", "party", "late-jam");
  }

  @Test
  void scheduleReadsWeekdaysDatesAndTomorrowAndFiltersByRoomAndTrack() {
    assertThat(
            Replies.ids(
                atFridayMorning.day(Optional.of("tomorrow"), Optional.empty(), Optional.empty())))
        .containsExactly("graphs", "audio");
    assertThat(
            Replies.ids(
                atFridayMorning.day(Optional.of("Sunday"), Optional.empty(), Optional.empty())))
        .containsExactly("trust", "closing");
    assertThat(
            Replies.ids(
                atFridayMorning.day(
                    Optional.of("2026-04-25"), Optional.of("room 202"), Optional.empty())))
        .containsExactly("audio");
    assertThat(
            Replies.ids(
                atFridayMorning.day(
                    Optional.of("24 april"), Optional.empty(), Optional.of("orls"))))
        .containsExactly("llms-lost", "succinct");
  }

  @Test
  void anUnknownRoomSaysSoAndSuggestsTheClosestKnownRooms() {
    Reply reply = atFridayMorning.day(Optional.empty(), Optional.of("Room 301"), Optional.empty());

    assertThat(reply).isInstanceOf(NoAnswer.class);
    assertThat(((NoAnswer) reply).didYouMean()).contains("Room 201");
    assertThat(Replies.text(reply)).contains("no room called \"Room 301\"");
  }

  @Test
  void nowShowsRunningSessionsAndNextShowsTheNextSessionInEachRoom() {
    assertThat(Replies.ids(atFridayMorning.now())).containsExactly("llms-lost", "posters-1");
    assertThat(Replies.ids(atFridayMorning.next(Optional.empty())))
        .containsExactly("succinct", "party");
    assertThat(Replies.ids(atFridayMorning.next(Optional.of("oral hal"))))
        .containsExactly("closing");
  }

  @Test
  void nextInARoomShowsThatRoomsNextSessionOnItsDay() {
    ScheduleCommands morning = commands(conference(), "2026-04-24T08:00");

    assertThat(Replies.ids(morning.next(Optional.of("oral hall")))).containsExactly("opening");
  }

  @Test
  void sessionFindsTitlesDespiteCaseAccentsWordOrderAndTypos() {
    assertThat(Replies.ids(atFridayMorning.session("succinct transformers")))
        .containsExactly("succinct");
    assertThat(Replies.ids(atFridayMorning.session("llms get lsot multi turn")))
        .first()
        .isEqualTo("llms-lost");
    assertThat(Replies.text(atFridayMorning.session("quantum knitting")))
        .contains("No session title matches");
  }

  @Test
  void speakerRoomAndTrackListTheirSessionsInTimeOrder() {
    assertThat(Replies.ids(atFridayMorning.speaker("bergstrasser"))).containsExactly("succinct");
    assertThat(Replies.ids(atFridayMorning.speaker("alice bard"))).containsExactly("audio");
    assertThat(Replies.ids(atFridayMorning.room("room 201")))
        .containsExactly("succinct", "graphs", "trust");
    assertThat(Replies.ids(atFridayMorning.track("workshop")))
        .containsExactly("graphs", "audio", "trust");
    assertThat(Replies.text(atFridayMorning.speaker("Geoffrey Hinton")))
        .contains("no speaker called");
  }

  @Test
  void beforeTheConferenceNowAndScheduleShowTheFirstDayWithANote() {
    ScheduleCommands early = commands(conference(), "2026-04-01T09:00");

    Reply now = early.now();
    assertThat(Replies.text(now)).contains("has not started yet");
    assertThat(Replies.ids(now)).startsWith("opening");
    assertThat(Replies.text(early.next(Optional.empty()))).contains("has not started yet");
  }

  @Test
  void afterTheConferenceNowNextAndScheduleSayItHasEnded() {
    ScheduleCommands late = commands(conference(), "2026-04-27T09:00");

    assertThat(Replies.text(late.now())).contains("has ended");
    assertThat(Replies.text(late.next(Optional.empty()))).contains("has ended");
    assertThat(Replies.text(late.day(Optional.empty(), Optional.empty(), Optional.empty())))
        .contains("has ended");
  }

  @Test
  void aDayOfTwoHundredSessionsIsSummarizedBySlotWithTheCommandsThatShowTheRest() {
    Reply reply =
        commands(busyDay(200), "2026-04-24T08:00")
            .day(Optional.empty(), Optional.empty(), Optional.empty());

    assertThat(reply).isInstanceOf(ScheduleOverview.class);
    ScheduleOverview overview = (ScheduleOverview) reply;
    assertThat(overview.total()).isEqualTo(200);
    assertThat(overview.groups().stream().mapToInt(ScheduleOverview.Group::count).sum())
        .isEqualTo(200);
    assertThat(overview.groups())
        .allSatisfy(g -> assertThat(g.highlights()).hasSizeLessThanOrEqualTo(3));
    assertThat(overview.showMore()).contains("/schedule 2026-04-24 --room \"Room 201\"");
  }

  @Test
  void aRoomsSessionsOverSeveralDaysAreSummarizedByDay() {
    Reply reply =
        commands(busyDay(200), "2026-04-24T08:00")
            .day(Optional.empty(), Optional.of("Room 201"), Optional.empty());

    assertThat(reply).isInstanceOf(ScheduleOverview.class);
    assertThat(((ScheduleOverview) reply).total()).isEqualTo(50);
  }

  @Test
  void aFewSessionsAreShownAsCards() {
    assertThat(atFridayMorning.room("terrace")).isInstanceOf(SessionCards.class);
  }
}
