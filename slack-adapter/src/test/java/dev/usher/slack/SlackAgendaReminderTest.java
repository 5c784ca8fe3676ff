package dev.usher.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.Bot;
import dev.usher.core.agenda.AgendaMessages;
import dev.usher.core.agenda.AgendaOwner;
import dev.usher.core.agenda.Agendas;
import dev.usher.core.agenda.InMemoryAgendaStore;
import dev.usher.core.agenda.Star;
import dev.usher.core.conference.Conference;
import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import dev.usher.core.platform.BackgroundAnswers;
import dev.usher.core.platform.SeenDeliveries;
import dev.usher.core.reminder.ReminderPlanner;
import dev.usher.core.reminder.ReminderScheduler;
import dev.usher.core.reminder.ReminderSettings;
import dev.usher.core.reminder.RetryPolicy;
import dev.usher.core.testing.InMemoryKnowledge;
import dev.usher.core.testing.InMemoryReminderLedger;
import dev.usher.core.testing.ManualScheduledExecutor;
import dev.usher.core.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The agenda's direct message through the real Bolt app (HTTP mode) and the fake Slack Web API, on
 * the night Berlin's clocks go back (Sunday 25 October 2026, 03:00 CEST becomes 02:00 CET): the
 * attendee stars two sessions with /star, the bot is restarted three times on the same agenda store
 * and ledger (once on a lost ledger), and each DM comes once, ten minutes before its session, by a
 * simulated clock.
 */
class SlackAgendaReminderTest {
  private static final String SECRET = "test-signing-secret";
  private static final String ATTENDEE_ID = "U1";
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Duration LEAD = Duration.ofMinutes(10);
  private static final Duration WAIT = Duration.ofSeconds(10);

  /** Starts at 03:05 CET, just after the repeated hour: its DM is due at the second 02:55. */
  private static final Session SUNRISE_RUN =
      session("run", "Sunrise run", ZonedDateTime.of(2026, 10, 25, 3, 5, 0, 0, BERLIN), "Lobby");

  private static final Session KEYNOTE =
      session("key", "Keynote", ZonedDateTime.of(2026, 10, 25, 9, 0, 0, 0, BERLIN), "Hall A");

  private static final Session KEYNOTE_MOVED =
      session("key", "Keynote", ZonedDateTime.of(2026, 10, 25, 10, 30, 0, 0, BERLIN), "Hall A");

  private final InMemoryAgendaStore store = new InMemoryAgendaStore();
  private final InMemoryReminderLedger ledger = new InMemoryReminderLedger();
  private final MutableClock clock =
      new MutableClock(Instant.parse("2026-10-24T16:00:00Z"), BERLIN); // Saturday 18:00 CEST
  private final AtomicReference<Schedule> schedule =
      new AtomicReference<>(new Schedule(BERLIN, List.of(SUNRISE_RUN, KEYNOTE)));
  private final HttpClient http = HttpClient.newHttpClient();
  private FakeSlackApi api;
  private Run run;

  /** One life of the bot: its platform, scheduler and their executors. */
  private final class Run implements AutoCloseable {
    final ExecutorService answers = Executors.newSingleThreadExecutor();
    final ManualScheduledExecutor reminders = new ManualScheduledExecutor(clock);
    final SlackPlatform platform;
    final URI endpoint;
    final ReminderScheduler scheduler;

    Run() throws Exception {
      Agendas agendas = new Agendas(store, (name, sessions, zone) -> "", Optional.of(LEAD));
      Conference conference =
          new Conference("Berlin Days", BERLIN, Optional.empty(), Optional.empty());
      InMemoryKnowledge knowledge =
          InMemoryKnowledge.builder(BERLIN).session(SUNRISE_RUN).session(KEYNOTE).build();
      Bot bot = new Bot(conference, knowledge, clock).withAgendas(agendas);
      platform =
          new SlackPlatform(
              SlackSettings.from(Map.of("mode", "http", "port", "0", "api_url", api.apiUrl())),
              new SlackCredentials("xoxb-test", Optional.empty(), Optional.of(SECRET)),
              bot,
              new BackgroundAnswers(answers),
              SeenDeliveries.inMemory(100));
      platform.start();
      endpoint =
          URI.create(
              "http://127.0.0.1:" + platform.httpPort().orElseThrow() + SlackHttpServer.PATH);
      scheduler =
          new ReminderScheduler(
              new ReminderPlanner(ReminderSettings.none(), BERLIN),
              schedule::get,
              ledger,
              List.of(platform),
              clock,
              reminders,
              RetryPolicy.standard(),
              List.of(new AgendaMessages(store, LEAD, BERLIN)));
      agendas.onChange(scheduler::reschedule);
      scheduler.start();
    }

    @Override
    public void close() throws InterruptedException {
      scheduler.close();
      reminders.shutdownNow();
      platform.close();
      answers.shutdownNow();
      answers.awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  @BeforeEach
  void startSlack() throws Exception {
    api = new FakeSlackApi();
    // Messages are stamped by the simulated clock, so history reads filter as Slack's would.
    api.stampMessagesFrom(clock.instant());
    api.clock(clock::instant);
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (run != null) {
      run.close();
    }
    api.close();
  }

  @Test
  void eachStarredSessionsDmComesOnceAtItsMinuteThroughRestartsTheDstChangeAndAMove()
      throws Exception {
    // Saturday evening: the attendee stars both sessions on Slack.
    run = new Run();
    star("tok-run", "Sunrise run");
    star("tok-key", "Keynote");
    assertThat(store.find(new AgendaOwner("slack", ATTENDEE_ID)).orElseThrow().stars())
        .extracting(Star::sessionId)
        .containsExactly("run", "key");

    // The first 02:55 (CEST, 00:55Z) is an hour too early; the bot is restarted at 02:00 CET.
    run.reminders.advanceTo(Instant.parse("2026-10-25T01:00:00Z"));
    assertThat(directMessages()).isEmpty();
    restartAt(Instant.parse("2026-10-25T01:00:00Z"));
    run.reminders.advanceTo(Instant.parse("2026-10-25T01:54:59Z"));
    assertThat(directMessages()).isEmpty();

    // The second 02:55 (CET, 01:55Z): the run's DM, then a restart while it is still useful, on a
    // ledger that was lost (a new host): the DM is found in the person's DM, not sent again.
    run.reminders.advanceTo(Instant.parse("2026-10-25T01:55:00Z"));
    assertThat(directMessages())
        .singleElement()
        .satisfies(m -> assertThat(text(m)).contains("Sunrise run").contains("Lobby"));
    ledger.forget();
    restartAt(Instant.parse("2026-10-25T02:00:00Z"));
    run.reminders.advanceTo(Instant.parse("2026-10-25T06:00:00Z"));
    assertThat(directMessages()).hasSize(1);
    assertThat(ledger.posted()).containsOnlyKeys(agendaKey("run", "2026-10-25T02:05:00Z"));

    // At 07:00 CET the keynote moves from 09:00 to 10:30; the bot is restarted once more.
    schedule.set(new Schedule(BERLIN, List.of(SUNRISE_RUN, KEYNOTE_MOVED)));
    run.scheduler.reschedule();
    run.reminders.advanceTo(Instant.parse("2026-10-25T08:00:00Z"));
    assertThat(directMessages()).as("none at the old 08:50").hasSize(1);
    restartAt(Instant.parse("2026-10-25T08:00:00Z"));
    run.reminders.advanceTo(Instant.parse("2026-10-25T09:19:59Z"));
    assertThat(directMessages()).hasSize(1);
    run.reminders.advanceTo(Instant.parse("2026-10-25T12:00:00Z"));

    List<FakeSlackApi.Call> dms = directMessages();
    assertThat(dms).hasSize(2);
    assertThat(text(dms.get(1))).contains("Keynote").contains("10:30");
    assertThat(dms)
        .extracting(dm -> dm.form().get("metadata"))
        .allSatisfy(metadata -> assertThat(metadata).contains("usher_reminder"));
    assertThat(ledger.posted())
        .containsOnly(
            java.util.Map.entry(
                agendaKey("run", "2026-10-25T02:05:00Z"), Instant.parse("2026-10-25T02:00:00Z")),
            java.util.Map.entry(
                agendaKey("key", "2026-10-25T09:30:00Z"), Instant.parse("2026-10-25T09:20:00Z")));
  }

  private void star(String triggerId, String title) throws Exception {
    SlackAgendaTest.command(http, run.endpoint, api, ATTENDEE_ID, "/star", title, triggerId);
    assertThat(JsonText.strings(api.nextResponse(WAIT).body())).contains("Starred");
  }

  /** Kills the bot and starts a new one on the same store and ledger, at {@code at}. */
  private void restartAt(Instant at) throws Exception {
    run.close();
    run = null;
    clock.set(at);
    run = new Run();
  }

  /** The posts to the attendee's DM (D1) that Slack accepted. */
  private List<FakeSlackApi.Call> directMessages() {
    return api.posts().stream()
        .filter(post -> post.form().getOrDefault("channel", "").equals("D1"))
        .toList();
  }

  private static String text(FakeSlackApi.Call post) {
    return post.form().getOrDefault("blocks", "") + post.form().getOrDefault("text", "");
  }

  /** The ledger key of the DM before {@code sessionId} starting at {@code start}: no user id. */
  private String agendaKey(String sessionId, String start) {
    String token = store.find(new AgendaOwner("slack", ATTENDEE_ID)).orElseThrow().token();
    return "agenda/slack/" + token + "/" + sessionId + "/" + start;
  }

  private static Session session(String id, String title, ZonedDateTime start, String room) {
    return new Session(
        id,
        title,
        start,
        start.plusMinutes(50),
        Optional.of(room),
        Optional.empty(),
        List.of(),
        "",
        Optional.empty());
  }
}
