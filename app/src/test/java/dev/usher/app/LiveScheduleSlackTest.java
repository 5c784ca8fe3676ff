package dev.usher.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usher.app.config.ReminderSettingsReader;
import dev.usher.app.replica.SimulatedClock;
import dev.usher.app.replica.SimulatedScheduledExecutor;
import dev.usher.app.state.AnnouncedScheduleFile;
import dev.usher.core.platform.BackgroundAnswers;
import dev.usher.core.platform.ChatPlatform;
import dev.usher.core.platform.ChatPlatformProvider;
import dev.usher.core.platform.PlatformContext;
import dev.usher.core.reminder.Channels;
import dev.usher.core.testing.SharedData;
import dev.usher.knowledge.fetch.FetchOutcome;
import dev.usher.knowledge.fetch.ScheduleCopy;
import dev.usher.knowledge.fetch.ScheduleFetcher;
import dev.usher.ledger.SqliteReminderLedger;
import dev.usher.ledger.SqliteSeenDeliveries;
import dev.usher.slack.FakeSlackApi;
import dev.usher.slack.FakeSocketModeServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FOSDEM 2020's real schedule published at a loopback URL and served to a strict fake Slack through
 * the real Bolt client, wired as {@code usher serve} wires it: the fetches, the ledger, the
 * announcements and the reminders all keep a simulated clock, which the test moves.
 */
class LiveScheduleSlackTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
  private static final String SOON = "C0SOON001";
  private static final String NEWS = "C0NEWS001";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Saturday 08:00 in Brussels; the welcome talk is at 09:30, its reminder ten minutes before. */
  private static final ZonedDateTime MORNING = ZonedDateTime.of(2020, 2, 1, 8, 0, 0, 0, ZONE);

  @TempDir Path folder;
  private final LoopbackScheduleServer server = new LoopbackScheduleServer("/fosdem/schedule.xml");
  private final FakeSlackApi slack = new FakeSlackApi();
  private final FakeSocketModeServer socket = new FakeSocketModeServer();
  private final BlockingQueue<Post> posts = new LinkedBlockingQueue<>();
  private SimulatedClock clock;

  LiveScheduleSlackTest() throws IOException {}

  /** One post Slack accepted: where, its ledger key, its text and when Slack stamped it. */
  private record Post(String channel, String key, String text, Instant at) {}

  @BeforeEach
  void start() throws Exception {
    socket.start();
    slack.socketUrl(socket.url());
    clock = SimulatedClock.start(folder.resolve("clock"), MORNING.toInstant(), 0);
    slack.clock(clock::instant);
    slack.onAcceptedPost(
        call ->
            posts.add(
                new Post(
                    call.form().get("channel"),
                    key(call.form().get("metadata")),
                    call.form().getOrDefault("text", "") + call.form().getOrDefault("blocks", ""),
                    clock.instant())));
    Files.writeString(
        folder.resolve("usher.yaml"),
        """
        name: FOSDEM 2020
        timezone: Europe/Brussels
        schedule: [%s]
        schedule_refresh: 5m
        semantic: false
        slack:
          api_url: %s
        reminders:
          before_session:
            minutes: 10
            slack: ["%s"]
        announce:
          slack: ["%s"]
        """
            .formatted(server.url(), slack.apiUrl(), SOON, NEWS));
  }

  @AfterEach
  void stop() throws InterruptedException {
    assertThat(server.unexpected()).as("requests to other paths").isEmpty();
    server.close();
    socket.stop();
    slack.close();
  }

  @Test
  void aMovedAndACancelledSessionAreAnnouncedOnceAndTheReminderPostedAtTheNewTimeOnly()
      throws Exception {
    // Given FOSDEM's schedule as published, served by a bot connected to Slack
    String published = fosdem();
    server.publish(published);
    try (Serve serve = Serve.start(folder, clock)) {
      serve.settle();
      assertThat(posts).as("nothing is due at 08:00").isEmpty();

      // When the welcome moves from 09:30 in Janson to 09:40 in La Fontaine, dav1d is cancelled,
      // and the next fetch (5 minutes on) finds the new version
      server.publish(moveWelcomeAndCancelDav1d(published));
      advanceTo(MORNING.plusMinutes(5), serve);

      // Then one announcement says both, in the announce channel, in Brussels time
      Post announcement = next();
      assertThat(announcement.channel()).isEqualTo(NEWS);
      assertThat(announcement.key()).startsWith("announce/changes@").endsWith("/slack/" + NEWS);
      assertThat(announcement.text())
          .contains("Moved: Welcome to FOSDEM 2020")
          .contains("09:30")
          .contains("Janson")
          .contains("09:40")
          .contains("K.1.105 (La Fontaine)")
          .contains("Cancelled: dav1d: 1 year later");
      serve.settle();
      assertThat(posts).as("one announcement, posted once").isEmpty();
      // The old reminder time (09:20) passes with no post; the new one (09:30) posts it
      advanceTo(MORNING.plusMinutes(81), serve);
      assertThat(posts).as("no reminder at the welcome's old time").isEmpty();
      advanceTo(MORNING.plusMinutes(91), serve);
      Post reminder = next();
      assertThat(reminder.channel()).isEqualTo(SOON);
      assertThat(reminder.key()).isEqualTo("soon/9025/slack/" + SOON);
      assertThat(reminder.at()).isAfterOrEqualTo(MORNING.plusMinutes(90).toInstant());
      assertThat(reminder.text()).contains("Welcome to FOSDEM 2020").contains("La Fontaine");
      serve.settle();
      assertThat(posts).isEmpty();
    }

    // When serve restarts on the same state folder and fetches the same version again
    try (Serve restarted = Serve.start(folder, clock)) {
      restarted.settle();
      advanceTo(MORNING.plusMinutes(97), restarted);

      // Then nothing is announced or reminded a second time
      assertThat(posts).as("posts after the restart").isEmpty();
    }
    // Every fetch but the very first was conditional; the new version was fetched once
    List<String> conditions = server.conditions();
    assertThat(conditions).first().isEqualTo("-");
    assertThat(conditions.subList(1, conditions.size()))
        .containsOnly("\"v1\"", "\"v2\"")
        .containsSubsequence("\"v1\"", "\"v2\"", "\"v2\"");
  }

  @Test
  void aNewVersionKeptJustBeforeACrashIsAnnouncedAtTheNextStartAndOnlyOnce() throws Exception {
    // Given a bot that served FOSDEM's schedule as published
    String published = fosdem();
    server.publish(published);
    try (Serve serve = Serve.start(folder, clock)) {
      serve.settle();
    }
    // and stopped just after its poller kept the new version, before announcing it
    server.publish(moveWelcomeAndCancelDav1d(published));
    clock.advanceTo(MORNING.plusMinutes(5).toInstant());
    var settings = dev.usher.app.config.SettingsLoader.load(folder);
    try (HttpClient client = ScheduleRefresher.httpClient()) {
      FetchOutcome kept =
          new ScheduleFetcher(client, ScheduleRefresher.policy(settings), ZONE, clock)
              .refresh(ScheduleCopy.of(server.url(), settings.scheduleCopies()));
      assertThat(kept).isInstanceOf(FetchOutcome.Updated.class);
    }
    assertThat(posts).isEmpty();

    // When it starts again, and once more
    try (Serve restarted = Serve.start(folder, clock)) {
      restarted.settle();

      // Then the next start announces the change
      Post announcement = next();
      assertThat(announcement.channel()).isEqualTo(NEWS);
      assertThat(announcement.text())
          .contains("Moved: Welcome to FOSDEM 2020")
          .contains("Cancelled: dav1d: 1 year later");
      restarted.settle();
    }
    try (Serve again = Serve.start(folder, clock)) {
      again.settle();
    }
    // and no later one announces it again
    assertThat(posts).isEmpty();
  }

  private void advanceTo(ZonedDateTime moment, Serve serve) throws InterruptedException {
    clock.advanceTo(moment.toInstant());
    serve.settle();
  }

  private Post next() throws InterruptedException {
    Post post = posts.poll(60, TimeUnit.SECONDS);
    assertThat(post).as("a post within a minute").isNotNull();
    return Objects.requireNonNull(post);
  }

  private static String key(String metadata) {
    try {
      return JSON.readTree(metadata).path("event_payload").path("key").asText();
    } catch (IOException e) {
      throw new AssertionError("a post without readable metadata: " + metadata, e);
    }
  }

  /**
   * The real schedule from {@code ../shared}; on a clone without it, three of its events kept in
   * the test resources (CI, which sets {@value SharedData#REQUIRED}, always reads the real one).
   */
  static String fosdem() throws IOException {
    Path real = SharedData.ROOT.resolve("data/fosdem-2020/schedule.xml");
    if (Files.isRegularFile(real) || System.getenv(SharedData.REQUIRED) != null) {
      return Files.readString(SharedData.data("fosdem-2020/schedule.xml"));
    }
    try (InputStream excerpt =
        LiveScheduleSlackTest.class.getResourceAsStream("/live/fosdem-2020-excerpt.xml")) {
      return new String(Objects.requireNonNull(excerpt).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String moveWelcomeAndCancelDav1d(String xml) {
    String welcome = event(xml, "9025");
    String moved =
        welcome
            .replace("<start>09:30</start>", "<start>09:40</start>")
            .replace("<room>Janson</room>", "<room>K.1.105 (La Fontaine)</room>");
    assertThat(moved).isNotEqualTo(welcome);
    return xml.replace(welcome, moved).replace(event(xml, "10716"), "");
  }

  private static String event(String xml, String id) {
    var matcher =
        Pattern.compile("<event id=\"" + id + "\">.*?</event>", Pattern.DOTALL).matcher(xml);
    assertThat(matcher.find()).as("event " + id).isTrue();
    return matcher.group();
  }

  /**
   * What {@code usher serve} runs for one conference folder with Slack: the runtime, the real Slack
   * platform, the reminders and announcements in the folder's ledger, and the schedule fetches,
   * timed by the simulated clock.
   */
  static final class Serve implements AutoCloseable {
    private final ConferenceRuntime runtime;
    private final SqliteSeenDeliveries seen;
    private final ExecutorService answers = Executors.newFixedThreadPool(2);
    private final ChatPlatform platform;
    private final SqliteReminderLedger ledger;
    private final SimulatedScheduledExecutor reminderThread;
    private final SimulatedScheduledExecutor fetchThread;
    private final ReminderService reminders;
    private final ScheduleRefresher refresher;

    private Serve(Path folder, SimulatedClock clock) throws Exception {
      runtime = ConferenceRuntime.open(folder, file -> {});
      var settings = runtime.settings();
      seen = SqliteSeenDeliveries.open(settings.stateDirectory().resolve("deliveries.db"), clock);
      platform = slack(runtime, seen, answers);
      platform.start();
      ledger = ReminderService.openLedger(settings);
      reminderThread = new SimulatedScheduledExecutor(clock);
      Channels announce = ReminderSettingsReader.announceChannels(settings.section("announce"));
      reminders =
          ReminderService.start(
              runtime,
              ReminderSettingsReader.read(settings.section("reminders")),
              ledger,
              List.of(platform),
              new ReminderTiming(clock.withZone(ZONE), () -> reminderThread));
      reminders.announceChanges(
          runtime, announce, AnnouncedScheduleFile.in(settings.stateDirectory()));
      fetchThread = new SimulatedScheduledExecutor(clock);
      refresher = ScheduleRefresher.start(settings, ZONE, runtime.watch(), clock, fetchThread);
    }

    static Serve start(Path folder, SimulatedClock clock) throws Exception {
      return new Serve(folder, clock);
    }

    private static ChatPlatform slack(
        ConferenceRuntime runtime, SqliteSeenDeliveries seen, ExecutorService answers) {
      Map<String, String> environment =
          Map.of("SLACK_BOT_TOKEN", "xoxb-live", "SLACK_APP_TOKEN", "xapp-live");
      for (ChatPlatformProvider provider : ServiceLoader.load(ChatPlatformProvider.class)) {
        if (provider.name().equals("slack")) {
          PlatformContext context =
              new PlatformContext(
                  runtime.bot(Clock.system(ZONE)),
                  runtime.settings().section("slack"),
                  environment,
                  new BackgroundAnswers(answers),
                  seen);
          return provider.create(context).orElseThrow();
        }
      }
      throw new AssertionError("no Slack platform on the class path");
    }

    /** Returns when the fetches and then the posts due at the simulated time now are made. */
    void settle() throws InterruptedException {
      fetchThread.runDueTasks();
      reminderThread.runDueTasks();
    }

    @Override
    public void close() {
      refresher.close();
      reminders.close();
      ledger.close();
      platform.close();
      answers.shutdownNow();
      seen.close();
      runtime.close();
    }
  }
}
