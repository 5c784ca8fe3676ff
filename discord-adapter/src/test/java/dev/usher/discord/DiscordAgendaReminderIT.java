package dev.usher.discord;

import static dev.usher.discord.FakeDiscord.ATTENDEE_ID;
import static dev.usher.discord.FakeDiscord.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import dev.usher.core.reminder.ReminderPlanner;
import dev.usher.core.reminder.ReminderScheduler;
import dev.usher.core.reminder.ReminderSettings;
import dev.usher.core.reminder.RetryPolicy;
import dev.usher.core.testing.InMemoryKnowledge;
import dev.usher.core.testing.InMemoryReminderLedger;
import dev.usher.core.testing.ManualScheduledExecutor;
import dev.usher.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The agenda's direct message through the real JDA client and the fake Discord, on the night
 * Berlin's clocks go back (Sunday 25 October 2026, 03:00 CEST becomes 02:00 CET): the attendee
 * stars two sessions with /star, the bot is restarted three times on the same agenda store and
 * ledger (once on a lost ledger), and each DM comes once, ten minutes before its session, by a
 * simulated clock.
 */
class DiscordAgendaReminderIT {
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
  private FakeDiscord discord;
  private Run run;

  /** One life of the bot: its platform, scheduler and their executors. */
  private final class Run implements AutoCloseable {
    final ExecutorService answers = Executors.newFixedThreadPool(2);
    final ManualScheduledExecutor reminders = new ManualScheduledExecutor(clock);
    final DiscordPlatform platform;
    final ReminderScheduler scheduler;

    Run() throws Exception {
      Agendas agendas = new Agendas(store, (name, sessions, zone) -> "", Optional.of(LEAD));
      Conference conference =
          new Conference("Berlin Days", BERLIN, Optional.empty(), Optional.empty());
      InMemoryKnowledge knowledge =
          InMemoryKnowledge.builder(BERLIN).session(SUNRISE_RUN).session(KEYNOTE).build();
      Bot bot = new Bot(conference, knowledge, clock).withAgendas(agendas);
      platform =
          new DiscordPlatform(
              FakeDiscord.TOKEN,
              new DiscordSettings(List.of(GUILD_ID)),
              bot,
              new BackgroundAnswers(answers),
              discord.endpoints());
      platform.start();
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
  void startDiscord() throws Exception {
    discord = new FakeDiscord();
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (run != null) {
      run.close();
    }
    discord.close();
  }

  @Test
  void eachStarredSessionsDmComesOnceAtItsMinuteThroughRestartsTheDstChangeAndAMove()
      throws Exception {
    // Saturday evening: the attendee stars both sessions on Discord.
    run = new Run();
    star("tok-run", "Sunrise run");
    star("tok-key", "Keynote");
    assertThat(store.find(new AgendaOwner("discord", ATTENDEE_ID)).orElseThrow().stars())
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
        .satisfies(m -> assertThat(embedText(m)).contains("Sunrise run").contains("Lobby"));
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

    List<JsonNode> dms = directMessages();
    assertThat(dms).hasSize(2);
    assertThat(embedText(dms.get(1))).contains("Keynote").contains("10:30");
    assertThat(dmRequests()).as("one request per DM, none repeated").isEqualTo(2);
    assertThat(ledger.posted())
        .containsOnly(
            java.util.Map.entry(
                agendaKey("run", "2026-10-25T02:05:00Z"), Instant.parse("2026-10-25T02:00:00Z")),
            java.util.Map.entry(
                agendaKey("key", "2026-10-25T09:30:00Z"), Instant.parse("2026-10-25T09:20:00Z")));
  }

  private void star(String token, String title) throws InterruptedException {
    String id = discord.newId();
    discord.dispatch(
        "INTERACTION_CREATE", DiscordGatewayIT.command(id, token, "star", "session", title));
    JsonNode callback =
        discord
            .awaitRest(
                r -> r.path().startsWith("/interactions/" + id + "/" + token + "/callback"), WAIT)
            .body();
    assertThat(callback.path("data").path("embeds").get(0).path("title").asText())
        .isEqualTo("Starred");
  }

  /** Kills the bot and starts a new one on the same store and ledger, at {@code at}. */
  private void restartAt(Instant at) throws Exception {
    run.close();
    run = null;
    clock.set(at);
    run = new Run();
  }

  private List<JsonNode> directMessages() {
    return discord.dmChannelOf(ATTENDEE_ID).map(discord::messagesIn).orElse(List.of());
  }

  private long dmRequests() {
    String dm = discord.dmChannelOf(ATTENDEE_ID).orElseThrow();
    return discord.restRequests().stream()
        .filter(r -> r.method().equals("POST") && r.path().equals("/channels/" + dm + "/messages"))
        .count();
  }

  private static String embedText(JsonNode message) {
    return message.path("embeds").toString();
  }

  /** The ledger key of the DM before {@code sessionId} starting at {@code start}: no user id. */
  private String agendaKey(String sessionId, String start) {
    String token = store.find(new AgendaOwner("discord", ATTENDEE_ID)).orElseThrow().token();
    return "agenda/discord/" + token + "/" + sessionId + "/" + start;
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
