package dev.usher.discord;

import dev.usher.core.conference.Session;
import dev.usher.core.reply.Source;
import dev.usher.core.testing.InMemoryKnowledge;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** The material the Discord tests ask about: one venue passage and three sessions. */
final class TestKnowledge {
  static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");

  /** Text a document could contain: markdown and a mass mention that must reach no one. */
  private static final String PASSAGE =
      "The *cloakroom* is at the **main entrance** @everyone, open from 8:00.";

  /** A title a hostile file could have: markdown, a look-alike link and a mass mention. */
  static final String HOSTILE_TITLE =
      "**Official** [refund desk](https://iclr-refunds.example) @everyone";

  private TestKnowledge() {}

  /** How many file problems a reload reports: a messy folder, as organizers have. */
  static final int READ_PROBLEMS = 47;

  static InMemoryKnowledge material() {
    InMemoryKnowledge.Builder material = InMemoryKnowledge.builder(ZONE);
    for (int i = 1; i <= READ_PROBLEMS; i++) {
      material.readProblem("drafts/notes-" + i + ".pdf", "skipped: no text in it");
    }
    return material
        .passage(
            new Source(
                "venue/faq.md",
                "Venue FAQ",
                Optional.of("Cloakroom"),
                Optional.of("https://iclr.cc/venue")),
            PASSAGE)
        .passage(
            new Source("docs/refunds.html", HOSTILE_TITLE, Optional.empty(), Optional.empty()),
            "Lockers are in the basement near the hangar, free of charge for every attendee.")
        .session(session("s1", "Keynote: Learning to Learn", 9, "Hall A", "Ada Lovelace"))
        .session(session("s2", "Keys to Robust Transformers", 11, "Room 2", "Alan Turing"))
        .session(session("s3", "Poster session", 14, "Hall B", "Grace Hopper"))
        .build();
  }

  private static Session session(String id, String title, int hour, String room, String speaker) {
    ZonedDateTime start = ZonedDateTime.of(2026, 4, 23, hour, 0, 0, 0, ZONE);
    return new Session(
        id,
        title,
        start,
        start.plusMinutes(45),
        Optional.of(room),
        Optional.of("Main"),
        List.of(speaker),
        "",
        Optional.empty());
  }
}
