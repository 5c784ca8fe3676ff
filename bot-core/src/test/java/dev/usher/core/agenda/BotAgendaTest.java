package dev.usher.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.Bot;
import dev.usher.core.command.Caller;
import dev.usher.core.command.CommandCatalog;
import dev.usher.core.command.CommandText;
import dev.usher.core.command.CompletionKind;
import dev.usher.core.command.Request;
import dev.usher.core.conference.Conference;
import dev.usher.core.conference.Session;
import dev.usher.core.reply.Button;
import dev.usher.core.reply.FileReply;
import dev.usher.core.reply.Info;
import dev.usher.core.reply.NoAnswer;
import dev.usher.core.reply.Reply;
import dev.usher.core.reply.SessionCards;
import dev.usher.core.testing.InMemoryKnowledge;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The agenda commands through {@link Bot#handle(Request, Caller)}, as every platform calls them.
 */
class BotAgendaTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
  private static final Caller ALICE = Caller.attendee("slack", "U0ALICE", "C1");
  private static final Caller BOB = Caller.attendee("discord", "2002", "9");
  private static final Session KEYNOTE =
      session("k", "Opening keynote", "2026-06-01T09:00", 60, "Main hall");
  private static final Session RUST =
      session("r", "Rust in production", "2026-06-01T09:30", 30, "Room 2");
  private static final Session LUNCH = session("l", "Lunch", "2026-06-02T12:00", 60, "Foyer");

  private final InMemoryAgendaStore store = new InMemoryAgendaStore();
  private final List<List<Session>> written = new java.util.ArrayList<>();
  private final Agendas agendas =
      new Agendas(
          store,
          (name, sessions, zone) -> {
            written.add(sessions);
            return "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
          },
          Optional.of(Duration.ofMinutes(10)));

  private static Session session(String id, String title, String start, int minutes, String room) {
    ZonedDateTime at = ZonedDateTime.of(LocalDateTime.parse(start), ZONE);
    return new Session(
        id,
        title,
        at,
        at.plusMinutes(minutes),
        Optional.of(room),
        Optional.empty(),
        List.of(),
        "",
        Optional.empty());
  }

  private Bot bot(Session... sessions) {
    InMemoryKnowledge.Builder material = InMemoryKnowledge.builder(ZONE);
    for (Session s : sessions) {
      material.session(s);
    }
    Conference conference = new Conference("DevConf", ZONE, Optional.empty(), Optional.empty());
    return new Bot(
            conference, material.build(), Clock.fixed(Instant.parse("2026-05-20T10:00:00Z"), ZONE))
        .withAgendas(agendas);
  }

  private static Request command(String line) {
    return CommandText.parse(line).orElseThrow();
  }

  @Test
  void unstarCompletesFromTheCallersOwnStarsOnlyWhereStarCompletesFromTheSchedule() {
    Bot bot = bot(KEYNOTE, RUST, LUNCH);
    bot.handle(command("/star Rust in production"), ALICE);
    bot.handle(command("/star Lunch"), ALICE);
    bot.handle(command("/star Opening keynote"), BOB);
    CompletionKind unstar =
        CommandCatalog.command("unstar").orElseThrow().options().get(0).completion().orElseThrow();

    assertThat(unstar).isEqualTo(CompletionKind.STARRED);
    assertThat(bot.complete(unstar, "", 25, ALICE)).containsExactly("Rust in production", "Lunch");
    assertThat(bot.complete(unstar, "PROD", 25, ALICE)).containsExactly("Rust in production");
    assertThat(bot.complete(unstar, "open", 25, ALICE)).isEmpty();
    assertThat(bot.complete(unstar, "", 1, ALICE)).containsExactly("Rust in production");
    assertThat(bot.complete(unstar, "", 25, BOB)).containsExactly("Opening keynote");
    assertThat(bot.complete(unstar, "", 25, Caller.attendee("slack", "U0NEW", "C1"))).isEmpty();
    assertThat(bot.complete(CompletionKind.SESSION, "", 25, ALICE))
        .containsExactly("Opening keynote", "Rust in production", "Lunch");
  }

  @Test
  void starringASessionKeepsItsIdAndTitleAndSaysWhenTheMessageComes() {
    Bot bot = bot(KEYNOTE, RUST, LUNCH);

    Info reply = (Info) bot.handle(command("/star Opening keynote"), ALICE);

    assertThat(reply.title()).isEqualTo("Starred");
    assertThat(reply.text())
        .contains("\"Opening keynote\", Monday 1 June, 09:00 in Main hall, is in your agenda")
        .contains("10 minutes before it starts");
    assertThat(store.find(AgendaOwner.of(ALICE)).orElseThrow().stars())
        .extracting(Star::sessionId, Star::title)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("k", "Opening keynote"));
    assertThat(store.find(AgendaOwner.of(BOB))).isEmpty();
  }

  @Test
  void sessionCardsCarryAStarButtonPerSessionThatStarsExactlyThatSessionForWhoeverPressesIt() {
    Bot bot = bot(KEYNOTE, RUST, LUNCH);

    SessionCards cards = (SessionCards) bot.handle(command("/session Rust in production"), ALICE);

    assertThat(cards.buttons())
        .extracting(Button::label)
        .containsExactly("Star: Rust in production");
    Info starred = (Info) bot.handle(new Request.Press(cards.buttons().getFirst().action()), BOB);
    assertThat(starred.title()).isEqualTo("Starred");
    assertThat(store.find(AgendaOwner.of(BOB)).orElseThrow().stars())
        .extracting(Star::sessionId)
        .containsExactly("r");
    assertThat(store.find(AgendaOwner.of(ALICE)))
        .as("who saw the card is not who pressed")
        .isEmpty();
    // The asker's own agenda is already starred: no buttons there; a bot without agendas shows
    // none.
    assertThat(bot.handle(new Request.ShowAgenda(Optional.empty()), BOB).buttons()).isEmpty();
    Bot withoutAgendas =
        new Bot(
            new Conference("DevConf", ZONE, Optional.empty(), Optional.empty()),
            InMemoryKnowledge.builder(ZONE).session(RUST).build(),
            Clock.systemUTC());
    assertThat(withoutAgendas.handle(command("/session Rust in production"), ALICE).buttons())
        .isEmpty();
  }

  @Test
  void starButtonsAreForTheFirstFiveCardsAndOnlyForIdsAButtonCanCarry() {
    Session odd = session("tälk ünicode", "Odd id", "2026-06-01T11:00", 30, "Room 3");
    List<Session> many = new java.util.ArrayList<>(List.of(odd));
    for (int i = 0; i < 7; i++) {
      many.add(
          session(
              "s" + i,
              "Session " + i + " " + "with a long title ".repeat(6),
              "2026-06-01T1" + i + ":00",
              30,
              "Room 1"));
    }

    List<Button> buttons = StarButtons.under(many);

    assertThat(buttons)
        .hasSize(5)
        .extracting(Button::action)
        .containsExactly("star:s0", "star:s1", "star:s2", "star:s3", "star:s4");
    assertThat(buttons)
        .allSatisfy(
            b -> assertThat(b.label()).hasSizeLessThanOrEqualTo(Button.MAX_LABEL).endsWith("…"));
    assertThat(StarButtons.sessionOf("feedback:helpful:x")).isEmpty();
  }

  @Test
  void starringAnOverlappingSessionNamesTheClashAndStillStarsIt() {
    Bot bot = bot(KEYNOTE, RUST, LUNCH);
    bot.handle(command("/star Opening keynote"), ALICE);

    Info reply = (Info) bot.handle(command("/star rust production"), ALICE);

    assertThat(reply.text())
        .contains("It overlaps with \"Opening keynote\" (Monday 1 June, 09:00–10:00)");
    assertThat(store.find(AgendaOwner.of(ALICE)).orElseThrow().stars()).hasSize(2);
  }

  @Test
  void anUnknownOrHostileTitleGetsAClearReplyAndStarsNothing() {
    Bot bot = bot(KEYNOTE, RUST);

    Reply unknown = bot.handle(command("/star @everyone quantum knitting"), ALICE);
    Reply blank = bot.handle(new Request.Star("   "), ALICE);

    assertThat(unknown).isInstanceOf(NoAnswer.class);
    assertThat(((NoAnswer) unknown).message()).startsWith("No session title matches");
    assertThat(((Info) blank).title()).isEqualTo("Which session?");
    assertThat(store.all()).isEmpty();
  }

  @Test
  void theAgendaListsStarsInTimeOrderByDayAndNamesACancelledOne() {
    Bot before = bot(KEYNOTE, RUST, LUNCH);
    before.handle(command("/star Lunch"), ALICE);
    before.handle(command("/star Opening keynote"), ALICE);
    before.handle(command("/star Rust in production"), ALICE);
    Bot after = bot(KEYNOTE, LUNCH); // Rust was cancelled

    SessionCards all = (SessionCards) after.handle(command("/agenda"), ALICE);
    SessionCards secondDay = (SessionCards) after.handle(command("/agenda 2026-06-02"), ALICE);

    assertThat(all.sessions()).containsExactly(KEYNOTE, LUNCH);
    assertThat(all.notes())
        .containsExactly(
            "\"Rust in production\" is no longer in the schedule: it was cancelled or removed.");
    assertThat(secondDay.sessions()).containsExactly(LUNCH);
    assertThat(((Info) after.handle(command("/unstar Rust in production"), ALICE)).title())
        .isEqualTo("Unstarred");
  }

  @Test
  void offAndOnSwitchTheMessagesAndUnstarRemoves() {
    Bot bot = bot(KEYNOTE, RUST);
    bot.handle(command("/star Opening keynote"), ALICE);

    bot.handle(command("/agenda off"), ALICE);
    boolean off = store.find(AgendaOwner.of(ALICE)).orElseThrow().remindersOn();
    bot.handle(command("/agenda on"), ALICE);
    Info unstarred = (Info) bot.handle(command("/unstar opening keynote"), ALICE);

    assertThat(off).isFalse();
    assertThat(store.find(AgendaOwner.of(ALICE)).orElseThrow().remindersOn()).isTrue();
    assertThat(unstarred.title()).isEqualTo("Unstarred");
    assertThat(store.find(AgendaOwner.of(ALICE)).orElseThrow().stars()).isEmpty();
  }

  @Test
  void theCalendarHasTheStarredSessionsStillInTheSchedule() {
    Bot bot = bot(KEYNOTE, RUST);
    bot.handle(command("/star Rust in production"), ALICE);

    FileReply file = (FileReply) bot.handle(command("/agenda ics"), ALICE);

    assertThat(file.fileName()).isEqualTo("agenda.ics");
    assertThat(file.mediaType()).isEqualTo("text/calendar");
    assertThat(written).containsExactly(List.of(RUST));
  }

  @Test
  void forgetMeDeletesEverythingHeldAndTellsOtherwiseThatNothingWas() {
    Bot bot = bot(KEYNOTE);
    bot.handle(command("/star Opening keynote"), ALICE);
    bot.handle(command("/agenda off"), ALICE);
    bot.handle(command("/star Opening keynote"), BOB);

    Info forgotten = (Info) bot.handle(command("/forget-me"), ALICE);
    Info nothing = (Info) bot.handle(command("/forget-me"), ALICE);

    assertThat(forgotten.text()).startsWith("I deleted your agenda");
    assertThat(nothing.text()).isEqualTo("I kept nothing about you.");
    assertThat(store.find(AgendaOwner.of(ALICE))).isEmpty();
    assertThat(store.all()).extracting(Agenda::owner).containsExactly(AgendaOwner.of(BOB));
  }

  @Test
  void aChangeTellsTheListenersSoTheMessagesArePlannedAtOnce() {
    Bot bot = bot(KEYNOTE);
    java.util.concurrent.atomic.AtomicInteger changes =
        new java.util.concurrent.atomic.AtomicInteger();
    agendas.onChange(changes::incrementAndGet);

    bot.handle(command("/star Opening keynote"), ALICE);
    bot.handle(command("/unstar Opening keynote"), ALICE);

    assertThat(changes).hasValue(2);
  }

  @Test
  void aBotWithoutAgendasSaysSo() {
    Conference conference = new Conference("DevConf", ZONE, Optional.empty(), Optional.empty());
    Bot bot = new Bot(conference, InMemoryKnowledge.builder(ZONE).build(), Clock.systemUTC());

    assertThat(((Info) bot.handle(command("/agenda"), ALICE)).title()).isEqualTo("No agendas here");
  }
}
