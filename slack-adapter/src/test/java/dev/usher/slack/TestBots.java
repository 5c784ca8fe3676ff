package dev.usher.slack;

import dev.usher.core.Bot;
import dev.usher.core.conference.Conference;
import dev.usher.core.conference.Session;
import dev.usher.core.reply.Source;
import dev.usher.core.testing.InMemoryKnowledge;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A real bot over in-memory knowledge, at a fixed moment the day before the keynote: one passage
 * with hostile markup in it, and a two-session schedule.
 */
final class TestBots {
  static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");
  static final ZonedDateTime KEYNOTE_START = ZonedDateTime.of(2026, 4, 23, 9, 0, 0, 0, ZONE);
  private static final String PASSAGE =
      "Registration opens at 8:00 in the Hall. <!channel> & <@U999> are welcome.";

  /** A title a hostile file could have: a look-alike link and a mass mention. */
  static final String HOSTILE_TITLE =
      "<https://iclr-refunds.example|Official refund desk> & <!here>";

  private TestBots() {}

  static Bot bot() {
    return bot(dev.usher.core.questions.QuestionLog.NONE);
  }

  /** The bot, recording its questions in {@code questions}. */
  static Bot bot(dev.usher.core.questions.QuestionLog questions) {
    Conference conference =
        new Conference("TestConf", ZONE, Optional.of("Ask at the help desk."), Optional.empty());
    Clock clock = Clock.fixed(KEYNOTE_START.minusDays(1).toInstant(), ZONE);
    return new Bot(conference, knowledge(), clock, questions);
  }

  private static InMemoryKnowledge knowledge() {
    return InMemoryKnowledge.builder(ZONE)
        .passage(
            new Source(
                "venue.md",
                "Venue guide",
                Optional.of("Arrival"),
                Optional.of("https://example.org/venue?a=1&b=2")),
            PASSAGE)
        .passage(
            new Source("docs/refunds.html", HOSTILE_TITLE, Optional.empty(), Optional.empty()),
            "Lockers are in the basement near the hangar, free of charge for every attendee.")
        .session(
            new Session(
                "k1",
                "Opening keynote <!here>",
                KEYNOTE_START,
                KEYNOTE_START.plusMinutes(45),
                Optional.of("Hall A"),
                Optional.of("Main"),
                List.of("Ada Lovelace"),
                "",
                Optional.of(URI.create("https://example.org/k1"))))
        .session(
            new Session(
                "t1",
                "Lucene in practice",
                KEYNOTE_START.plusHours(1),
                KEYNOTE_START.plusHours(2),
                Optional.of("Room 2"),
                Optional.empty(),
                List.of("Grace"),
                "",
                Optional.empty()))
        .build();
  }
}
