package dev.usher.core.reminder;

import static dev.usher.core.reminder.Sessions.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.conference.Schedule;
import dev.usher.core.reminder.ReminderSettings.BeforeSession;
import dev.usher.core.reminder.ReminderSettings.Daily;
import dev.usher.core.reply.SessionCards;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderPlannerTest {
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Instant ALWAYS_FROM = Instant.parse("2000-01-01T00:00:00Z");
  private static final Instant ALWAYS_TO = Instant.parse("2100-01-01T00:00:00Z");

  private static ReminderSettings daily(String at, Channels channels) {
    return new ReminderSettings(
        Optional.of(new Daily(LocalTime.parse(at), channels)),
        Optional.empty(),
        ReminderSettings.DEFAULT_GRACE);
  }

  private static Channels discord(String... channels) {
    return new Channels(Map.of("discord", List.of(channels)));
  }

  @Test
  void postsTheDailyScheduleOnlyOnDaysWithSessionsToEveryChannel() {
    Schedule schedule =
        new Schedule(
            BRUSSELS,
            List.of(
                session("a", BRUSSELS, "2026-06-01T09:00", 60, "Room 1"),
                session("b", BRUSSELS, "2026-06-01T11:00", 60, "Room 2"),
                session("c", BRUSSELS, "2026-06-03T09:00", 60, "Room 1")));
    Channels channels =
        new Channels(Map.of("slack", List.of("C1"), "discord", List.of("111", "222")));

    List<PlannedPost> posts =
        new ReminderPlanner(daily("07:30", channels), BRUSSELS)
            .plan(schedule, ALWAYS_FROM, ALWAYS_TO);

    assertThat(posts)
        .extracting(p -> p.key().id())
        .containsExactly(
            "daily/2026-06-01/discord/111",
            "daily/2026-06-01/discord/222",
            "daily/2026-06-01/slack/C1",
            "daily/2026-06-03/discord/111",
            "daily/2026-06-03/discord/222",
            "daily/2026-06-03/slack/C1");
    assertThat(posts.getFirst().at()).isEqualTo(Instant.parse("2026-06-01T05:30:00Z"));
    assertThat(posts.getFirst().expires()).isEqualTo(Instant.parse("2026-06-01T07:30:00Z"));
    SessionCards first = (SessionCards) posts.getFirst().reply();
    assertThat(first.heading()).isEqualTo("Schedule for Monday 1 June");
    assertThat(first.sessions()).extracting(s -> s.id()).containsExactly("a", "b");
    assertThat(posts.getFirst().summary()).isEqualTo("Schedule for Monday 1 June (2 sessions)");
  }

  @Test
  void summarizesADayWithMoreSessionsThanOnePostShowsWithAPointerToTheScheduleCommand() {
    Schedule schedule =
        new Schedule(
            BRUSSELS,
            List.of(
                session("a", BRUSSELS, "2026-06-01T09:00", 60, "Room 1"),
                session("b", BRUSSELS, "2026-06-01T10:00", 60, "Room 1"),
                session("c", BRUSSELS, "2026-06-01T11:00", 60, "Room 1")));
    ReminderSettings settings =
        new ReminderSettings(
            Optional.of(new Daily(LocalTime.of(8, 0), discord("1"), 2)),
            Optional.empty(),
            ReminderSettings.DEFAULT_GRACE);

    SessionCards cards =
        (SessionCards)
            new ReminderPlanner(settings, BRUSSELS)
                .plan(schedule, ALWAYS_FROM, ALWAYS_TO)
                .getFirst()
                .reply();

    assertThat(cards.sessions()).hasSize(2);
    assertThat(cards.total()).isEqualTo(3);
    assertThat(cards.more())
        .contains("1 more sessions: use /schedule day:2026-06-01 to see them all");
  }

  @Test
  void startingSoonGoesToTheRoomsOwnChannelsOrElseToTheDefaultOnesAndExpiresAtTheStart() {
    Schedule schedule =
        new Schedule(
            BRUSSELS,
            List.of(
                session("a", BRUSSELS, "2026-06-01T09:00", 60, "Room 1"),
                session("b", BRUSSELS, "2026-06-01T09:30", 60, "Room 2")));
    ReminderSettings settings =
        new ReminderSettings(
            Optional.empty(),
            Optional.of(
                new BeforeSession(
                    Duration.ofMinutes(10),
                    discord("general"),
                    Map.of("room 2", new Channels(Map.of("slack", List.of("CROOM2")))))),
            ReminderSettings.DEFAULT_GRACE);

    List<PlannedPost> posts =
        new ReminderPlanner(settings, BRUSSELS).plan(schedule, ALWAYS_FROM, ALWAYS_TO);

    assertThat(posts)
        .extracting(p -> p.key().id())
        .containsExactly("soon/a/discord/general", "soon/b/slack/CROOM2");
    assertThat(posts.getFirst().at()).isEqualTo(Instant.parse("2026-06-01T06:50:00Z"));
    assertThat(posts.getFirst().expires()).isEqualTo(Instant.parse("2026-06-01T07:00:00Z"));
    assertThat(((SessionCards) posts.getFirst().reply()).sessions()).hasSize(1);
    assertThat(posts.getFirst().summary()).isEqualTo("Starting soon: Talk a");
  }

  @Test
  void plansOnlyPostsWhoseInstantIsInTheHalfOpenWindow() {
    Schedule schedule =
        new Schedule(
            BRUSSELS,
            List.of(
                session("a", BRUSSELS, "2026-06-01T09:00", 60, "Room 1"),
                session("b", BRUSSELS, "2026-06-02T09:00", 60, "Room 1")));
    ReminderPlanner planner = new ReminderPlanner(daily("07:30", discord("1")), BRUSSELS);

    List<PlannedPost> posts =
        planner.plan(
            schedule, Instant.parse("2026-06-01T05:30:00Z"), Instant.parse("2026-06-02T05:30:00Z"));

    assertThat(posts).extracting(p -> p.key().subject()).containsExactly("2026-06-01");
  }

  @Test
  void aDailyTimeInTheBrusselsSpringForwardGapPostsOnceAtTheFirstInstantAfterTheGap() {
    // On 2026-03-29 Brussels jumps from 02:00 CET to 03:00 CEST: 02:30 does not exist.
    LocalDateTime missing = LocalDateTime.parse("2026-03-29T02:30");
    assertThat(ZonedDateTime.of(missing, BRUSSELS).toLocalTime())
        .as("ZonedDateTime.of shifts by the gap's length, which is not what the issue asks")
        .isEqualTo(LocalTime.of(3, 30));
    Schedule schedule = conferenceAcross(BRUSSELS, LocalDate.parse("2026-03-27"), 5);

    List<PlannedPost> posts =
        new ReminderPlanner(daily("02:30", discord("1")), BRUSSELS)
            .plan(schedule, ALWAYS_FROM, ALWAYS_TO);

    assertThat(posts)
        .extracting(p -> p.at().atZone(BRUSSELS).toString())
        .containsExactly(
            "2026-03-27T02:30+01:00[Europe/Brussels]",
            "2026-03-28T02:30+01:00[Europe/Brussels]",
            "2026-03-29T03:00+02:00[Europe/Brussels]",
            "2026-03-30T02:30+02:00[Europe/Brussels]",
            "2026-03-31T02:30+02:00[Europe/Brussels]");
    assertThat(posts.get(2).at()).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
  }

  @Test
  void aMorningDailyTimeKeepsItsLocalTimeAcrossTheBrusselsChange() {
    Schedule schedule = conferenceAcross(BRUSSELS, LocalDate.parse("2026-03-28"), 2);

    List<PlannedPost> posts =
        new ReminderPlanner(daily("07:30", discord("1")), BRUSSELS)
            .plan(schedule, ALWAYS_FROM, ALWAYS_TO);

    assertThat(posts)
        .extracting(PlannedPost::at)
        .containsExactly(
            Instant.parse("2026-03-28T06:30:00Z"), Instant.parse("2026-03-29T05:30:00Z"));
  }

  @Test
  void aDailyTimeRepeatedByTheNewYorkFallBackPostsOnceAtItsFirstOccurrence() {
    // On 2026-11-01 New York goes back from 02:00 EDT to 01:00 EST: 01:30 happens twice.
    Schedule schedule = conferenceAcross(NEW_YORK, LocalDate.parse("2026-10-30"), 5);

    List<PlannedPost> posts =
        new ReminderPlanner(daily("01:30", discord("1")), NEW_YORK)
            .plan(schedule, ALWAYS_FROM, ALWAYS_TO);

    assertThat(posts).hasSize(5);
    assertThat(posts)
        .filteredOn(p -> p.key().subject().equals("2026-11-01"))
        .singleElement()
        .extracting(PlannedPost::at)
        .isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
  }

  @Test
  void startingSoonIsTheRealLeadBeforeASessionJustAfterTheSpringForwardGap() {
    // 03:05 CEST is 01:05 UTC; ten minutes before is 00:55 UTC, 01:55 CET on the wall clock.
    Schedule schedule =
        new Schedule(BRUSSELS, List.of(session("early", BRUSSELS, "2026-03-29T03:05", 30, "R")));
    ReminderSettings settings =
        new ReminderSettings(
            Optional.empty(),
            Optional.of(new BeforeSession(Duration.ofMinutes(10), discord("1"), Map.of())),
            ReminderSettings.DEFAULT_GRACE);

    PlannedPost post =
        new ReminderPlanner(settings, BRUSSELS).plan(schedule, ALWAYS_FROM, ALWAYS_TO).getFirst();

    assertThat(post.at()).isEqualTo(Instant.parse("2026-03-29T00:55:00Z"));
    assertThat(post.at().atZone(BRUSSELS).toLocalTime()).isEqualTo(LocalTime.of(1, 55));
  }

  /** One session a day at 10:00 local for {@code days} days. */
  static Schedule conferenceAcross(ZoneId zone, LocalDate first, int days) {
    return new Schedule(
        zone,
        first
            .datesUntil(first.plusDays(days))
            .map(d -> session("s-" + d, zone, d + "T10:00", 60, "Main"))
            .toList());
  }
}
