package dev.usher.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.command.CompletionKind;
import dev.usher.core.command.Request;
import dev.usher.core.conference.Conference;
import dev.usher.core.conference.Schedule;
import dev.usher.core.knowledge.IngestReport;
import dev.usher.core.knowledge.Knowledge;
import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.PassageQuery;
import dev.usher.core.reply.Source;
import dev.usher.core.testing.InMemoryKnowledge;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A question's search is announced before the schedule reads it, with the very text it is then
 * searched with: a knowledge that starts the embedding early must find it under that text.
 */
class BotSearchAnnouncementTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

  /** The in-memory knowledge, recording what is announced and what is searched, in order. */
  private static final class RecordingKnowledge implements Knowledge {
    private final Knowledge material =
        InMemoryKnowledge.builder(ZONE)
            .passage(
                new Source("venue.md", "Venue", Optional.empty(), Optional.empty()),
                "The cloakroom is on level 0, next to registration. Leave your bag there.")
            .build();
    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void willSearch(String text) {
      events.add("announced " + text);
    }

    @Override
    public List<PassageHit> search(PassageQuery query) {
      events.add("searched " + query.text());
      return material.search(query);
    }

    @Override
    public List<String> spellings(String word, int max) {
      return material.spellings(word, max);
    }

    @Override
    public Schedule schedule() {
      return material.schedule();
    }

    @Override
    public List<String> complete(CompletionKind kind, String prefix, int max) {
      return material.complete(kind, prefix, max);
    }

    @Override
    public IngestReport reload() {
      return material.reload();
    }
  }

  private final RecordingKnowledge knowledge = new RecordingKnowledge();
  private final Bot bot =
      new Bot(
          new Conference("Conf", ZONE, Optional.empty(), Optional.empty()),
          knowledge,
          Clock.fixed(Instant.parse("2026-04-25T08:00:00Z"), ZONE));

  @Test
  void aQuestionIsAnnouncedWithTheTextItIsThenSearchedWith() {
    bot.handle(new Request.Ask("<@123456789012345678> where is the **cloakroom**?"));

    assertThat(knowledge.events).hasSizeGreaterThanOrEqualTo(2);
    String announced = knowledge.events.get(0);
    assertThat(announced).startsWith("announced ");
    assertThat(knowledge.events.get(1))
        .isEqualTo("searched " + announced.substring("announced ".length()));
  }

  @Test
  void aQuestionWithNothingToSearchIsNotAnnounced() {
    bot.handle(new Request.Ask("what is it?"));

    assertThat(knowledge.events).noneMatch(event -> event.startsWith("announced"));
  }
}
