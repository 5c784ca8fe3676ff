package dev.usher.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.app.config.ReminderSettingsReader;
import dev.usher.app.render.TextRenderer;
import dev.usher.core.announce.BackgroundReload;
import dev.usher.core.command.Caller;
import dev.usher.core.command.Request;
import dev.usher.core.conference.Session;
import dev.usher.core.knowledge.IngestReport;
import dev.usher.core.platform.ChatPlatform;
import dev.usher.core.reminder.Channels;
import dev.usher.core.reply.Info;
import dev.usher.core.reply.Reply;
import dev.usher.core.reply.ScheduleChanges;
import dev.usher.knowledge.fetch.FetchOutcome;
import dev.usher.knowledge.fetch.FetchPolicy;
import dev.usher.knowledge.fetch.ScheduleCopy;
import dev.usher.knowledge.fetch.ScheduleFetcher;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A conference whose schedule is published at a URL, served as {@code usher serve} wires it: the
 * schedule fetched from a loopback server, reminders and announcements in the real SQLite ledger,
 * posts taken by a platform that records them.
 */
class LiveScheduleTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final String REMINDERS = "123456789012345678";
  private static final String ANNOUNCE = "999999999999999999";

  @TempDir Path folder;
  private final LoopbackScheduleServer server = new LoopbackScheduleServer("/schedule/export.yaml");

  LiveScheduleTest() throws Exception {}

  @AfterEach
  void stop() {
    assertThat(server.unexpected()).as("requests to other paths").isEmpty();
    server.close();
  }

  private void conference(String refresh) throws Exception {
    Files.writeString(
        folder.resolve("usher.yaml"),
        """
        name: Live Conf
        timezone: Europe/Brussels
        schedule: [%s]
        schedule_refresh: %s
        semantic: false
        reminders:
          before_session:
            minutes: 10
            discord: ["%s"]
        announce:
          discord: ["%s"]
        """
            .formatted(server.url(), refresh, REMINDERS, ANNOUNCE));
  }

  private static String schedule(ZonedDateTime start, String room) {
    return """
        - id: t1
          title: Schedules that change
          start: %s
          end: %s
          room: %s
        - id: t2
          title: The closing session
          start: 2030-01-01 17:00
          end: 2030-01-01 18:00
        """
        .formatted(LOCAL.format(start), LOCAL.format(start.plusMinutes(30)), room);
  }

  @Test
  void aChangedScheduleIsAnnouncedOnceAndItsPendingReminderMovedAtOnce() throws Exception {
    ZonedDateTime now = ZonedDateTime.now(ZONE).truncatedTo(ChronoUnit.MINUTES);
    server.publish(schedule(now.plusHours(3), "Room 1"));
    conference("10s");
    RecordingPlatform discord = new RecordingPlatform();
    try (ConferenceRuntime runtime = ConferenceRuntime.open(folder, file -> {})) {
      assertThat(runtime.knowledge().schedule().sessions())
          .extracting(Session::room)
          .first()
          .isEqualTo(java.util.Optional.of("Room 1"));
      var settings = runtime.settings();
      Channels announce = ReminderSettingsReader.announceChannels(settings.section("announce"));
      try (ReminderService reminders =
          ReminderService.start(
              runtime,
              ReminderSettingsReader.read(settings.section("reminders")),
              ReminderService.openLedger(settings),
              List.of(discord),
              ReminderTiming.real(ZONE))) {
        runtime.watch().onReload(reminders.announcer(announce)::changed);
        try (ScheduleRefresher refresher =
            ScheduleRefresher.start(settings, ZONE, runtime.watch(), Clock.systemUTC())) {
          // When the talk moves to 6 minutes from now, its reminder (10 minutes before) is due at
          // once
          server.publish(schedule(now.plusMinutes(6), "Room 2"));

          Post first = discord.next();
          Post second = discord.next();

          List<Post> posts = List.of(first, second);
          assertThat(posts)
              .extracting(Post::channel)
              .containsExactlyInAnyOrder(ANNOUNCE, REMINDERS);
          Post announcement =
              posts.stream().filter(p -> p.channel().equals(ANNOUNCE)).findFirst().orElseThrow();
          assertThat(announcement.key()).startsWith("announce/changes@");
          assertThat(((ScheduleChanges) announcement.reply()).lines())
              .singleElement()
              .extracting(ScheduleChanges.Line::text)
              .asString()
              .startsWith("Moved: Schedules that change (was ")
              .contains(" · Room 1; now ")
              .endsWith(" · Room 2)");
          Post reminder =
              posts.stream().filter(p -> p.channel().equals(REMINDERS)).findFirst().orElseThrow();
          assertThat(reminder.key()).isEqualTo("soon/t1/discord/" + REMINDERS);
          // Then the fetch was conditional, and reading the same version again (/reload) posts
          // nothing more
          assertThat(server.conditions()).containsSubsequence("-", "\"v1\"");
          runtime.watch().reload();
          assertThat(discord.posts.poll(1, TimeUnit.SECONDS)).isNull();
        }
      }
    }
  }

  @Test
  void aFailedFetchKeepsTheLastGoodScheduleAcrossARestartWithoutNetworkAndCheckSaysSo()
      throws Exception {
    ZonedDateTime start = ZonedDateTime.of(2030, 1, 1, 9, 0, 0, 0, ZONE);
    server.publish(schedule(start, "Room 1"));
    conference("5m");
    try (ConferenceRuntime first = ConferenceRuntime.open(folder, file -> {})) {
      assertThat(first.knowledge().schedule().sessions()).hasSize(2);
    }
    server.failWith(500);
    var settings = dev.usher.app.config.SettingsLoader.load(folder);
    try (HttpClient client = HttpClient.newHttpClient()) {
      FetchOutcome outcome =
          new ScheduleFetcher(
                  client,
                  FetchPolicy.standard(Duration.ofMinutes(5), 1 << 20),
                  ZONE,
                  Clock.systemUTC())
              .refresh(ScheduleCopy.of(server.url(), settings.scheduleCopies()));
      assertThat(outcome).isEqualTo(new FetchOutcome.Failed("the server answered HTTP 500"));
    }
    server.close();

    try (ConferenceRuntime restarted = ConferenceRuntime.open(folder, file -> {})) {
      assertThat(restarted.knowledge().schedule().sessions())
          .extracting(Session::id)
          .containsExactly("t1", "t2");
      assertThat(restarted.knowledge().lastReport().problems()).isEmpty();
    }
    CommandLineRun check = CommandLineRun.of("check", "--data", folder.toString());
    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.out().lines().filter(l -> l.startsWith("problem: ")))
        .singleElement()
        .asString()
        .startsWith("problem: " + server.url() + ": the last fetch failed at ")
        .contains(": the server answered HTTP 500 (1 in a row); serving the copy saved ");
    assertThat(check.out()).contains("schedule " + server.url() + ": copy saved ");
  }

  @Test
  void anOrganizersReloadFetchesTheScheduleUrlFirstConditionallyAndAFailureKeepsTheCopy()
      throws Exception {
    // Given a bot whose schedule was fetched at its start, and a new version published since
    ZonedDateTime start = ZonedDateTime.of(2030, 1, 1, 9, 0, 0, 0, ZONE);
    server.publish(schedule(start, "Room 1"));
    conference("5m");
    try (ConferenceRuntime runtime = ConferenceRuntime.open(folder, file -> {})) {
      var bot = runtime.bot(Clock.system(ZONE));
      server.publish(schedule(start, "Room 2"));

      // When an organizer runs /reload, then again, then once more while the server fails
      Reply reloaded = bot.handle(new Request.Reload(), Caller.operator());
      bot.handle(new Request.Reload(), Caller.operator());
      server.failWith(500);
      bot.handle(new Request.Reload(), Caller.operator());

      // Then the first read the new version, every fetch was conditional, and the failure kept it
      assertThat(((Info) reloaded).title()).isEqualTo("Reloaded");
      assertThat(server.conditions()).containsExactly("-", "\"v1\"", "\"v2\"", "\"v2\"");
      assertThat(runtime.knowledge().schedule().sessions())
          .extracting(Session::room)
          .first()
          .isEqualTo(java.util.Optional.of("Room 2"));
    }
  }

  @Test
  void aReloadAgainstASlowServerAnswersAtOnceAndAttendeesAreAnsweredWhileItFetches()
      throws Exception {
    // Given a bot whose /reload runs on the poller's thread, and a new version on a slow server
    ZonedDateTime start = ZonedDateTime.of(2030, 1, 1, 9, 0, 0, 0, ZONE);
    server.publish(schedule(start, "Room 1"));
    conference("5m");
    ExecutorService poller = Executors.newSingleThreadExecutor();
    BlockingQueue<IngestReport> outcomes = new LinkedBlockingQueue<>();
    try (ConferenceRuntime runtime = ConferenceRuntime.open(folder, file -> {})) {
      var bot =
          runtime
              .bot(Clock.system(ZONE))
              .withBackgroundReload(new BackgroundReload(runtime.watch(), poller, outcomes::add));
      server.publish(schedule(start, "Room 2"));
      server.holdBodies();

      // When an organizer reloads, then twice more while the first fetch waits for its body
      long before = System.nanoTime();
      Reply first = bot.handle(new Request.Reload(), Caller.operator());
      long tookMillis = (System.nanoTime() - before) / 1_000_000;
      assertThat(server.awaitHeld(10)).as("the fetch reached the server").isTrue();
      Reply queued = bot.handle(new Request.Reload(), Caller.operator());
      Reply joined = bot.handle(new Request.Reload(), Caller.operator());
      // and an attendee asks meanwhile
      Reply answer =
          bot.handle(
              new Request.Ask("Where is Schedules that change?"),
              Caller.attendee("discord", "42", "7"));

      // Then the reloads answered at once, the attendee too, from the schedule still served
      assertThat(tookMillis).isLessThan(2_000);
      assertThat(List.of(first, queued, joined))
          .extracting(reply -> ((Info) reply).title())
          .containsOnly("Reload started");
      assertThat(((Info) joined).text()).contains("already waiting");
      assertThat(new TextRenderer(false).render(answer)).contains("Room 1");
      assertThat(outcomes).isEmpty();

      // And once the body is served, two fetches ran for three requests, the new version read
      server.sendHeldBodies();
      assertThat(outcomes.poll(20, TimeUnit.SECONDS)).isNotNull();
      assertThat(outcomes.poll(20, TimeUnit.SECONDS)).isNotNull();
      assertThat(outcomes.poll(1, TimeUnit.SECONDS)).isNull();
      assertThat(server.conditions()).containsExactly("-", "\"v1\"", "\"v2\"");
      assertThat(runtime.knowledge().schedule().sessions())
          .extracting(Session::room)
          .first()
          .isEqualTo(java.util.Optional.of("Room 2"));
    } finally {
      server.sendHeldBodies();
      poller.shutdownNow();
    }
  }

  @Test
  void plainHttpToAnotherMachineIsRefusedInOneLine() throws Exception {
    Files.writeString(
        folder.resolve("usher.yaml"),
        """
        name: Live Conf
        timezone: Europe/Brussels
        schedule: ["http://schedule.example.org/export.ics"]
        """);

    CommandLineRun run = CommandLineRun.of("index", "--data", folder.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "usher: "
                + folder.resolve("usher.yaml")
                + ": schedule 'http://schedule.example.org/export.ics': plain http is only allowed to this machine"
                + " (127.0.0.1, localhost); use https");
  }

  /** One post a platform accepted. */
  private record Post(String channel, String key, Reply reply) {}

  /**
   * The platform port, taking every post (as Discord's servers would) and keeping it for the test.
   */
  private static final class RecordingPlatform implements ChatPlatform {
    final BlockingQueue<Post> posts = new LinkedBlockingQueue<>();

    Post next() throws InterruptedException {
      Post post = posts.poll(60, TimeUnit.SECONDS);
      assertThat(post).as("a post within a minute").isNotNull();
      return post;
    }

    @Override
    public String name() {
      return "discord";
    }

    @Override
    public void start() {}

    @Override
    public void post(String channelId, Reply reply) {
      throw new AssertionError("reminders and announcements are posted with their key");
    }

    @Override
    public void post(String channelId, Reply reply, String postKey) {
      posts.add(new Post(channelId, postKey, reply));
    }

    @Override
    public dev.usher.core.platform.PostStatus findPost(
        String channelId, String postKey, java.time.Instant since) {
      return posts.stream().anyMatch(p -> p.key().equals(postKey))
          ? dev.usher.core.platform.PostStatus.FOUND
          : dev.usher.core.platform.PostStatus.NOT_FOUND;
    }

    @Override
    public void close() {}
  }
}
