package dev.usher.discord;

import dev.usher.core.command.CompletionKind;
import dev.usher.core.knowledge.IngestReport;
import dev.usher.core.knowledge.Knowledge;
import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.PassageQuery;
import dev.usher.core.reply.Snippet;
import dev.usher.core.reply.Source;
import dev.usher.core.schedule.Schedule;
import dev.usher.core.schedule.Session;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Knowledge with one passage and a small schedule. A question with the word {@code slow} waits for
 * {@link #releaseSlowAnswers()}, so a test controls how long an answer takes.
 */
final class FakeKnowledge implements Knowledge {
  static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");
  /** Text a document could contain: markdown and a mass mention that must reach no one. */
  static final String PASSAGE = "The *cloakroom* is at the **main entrance** @everyone, open from 8:00.";

  private final CountDownLatch slow = new CountDownLatch(1);
  private final Schedule schedule =
      new Schedule(
          ZONE,
          List.of(
              session("s1", "Keynote: Learning to Learn", 9, "Hall A", "Ada Lovelace"),
              session("s2", "Keys to Robust Transformers", 11, "Room 2", "Alan Turing"),
              session("s3", "Poster session", 14, "Hall B", "Grace Hopper")));

  private static Session session(String id, String title, int hour, String room, String speaker) {
    ZonedDateTime start = ZonedDateTime.of(2026, 4, 23, hour, 0, 0, 0, ZONE);
    return new Session(id, title, start, start.plusMinutes(45), Optional.of(room),
        Optional.of("Main"), List.of(speaker), "", Optional.empty());
  }

  void releaseSlowAnswers() {
    slow.countDown();
  }

  @Override
  public List<PassageHit> search(PassageQuery query) {
    if (query.words().stream().anyMatch(w -> w.equalsIgnoreCase("slow"))) {
      try {
        if (!slow.await(20, TimeUnit.SECONDS)) {
          throw new IllegalStateException("slow answer was never released");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    int start = PASSAGE.indexOf("cloakroom");
    Snippet snippet = new Snippet(PASSAGE, List.of(new Snippet.Span(start, start + "cloakroom".length())));
    Source source = new Source("venue/faq.md", "Venue FAQ", Optional.of("Cloakroom"),
        Optional.of("https://iclr.cc/venue"));
    Map<String, Double> weights = new java.util.HashMap<>();
    query.words().forEach(w -> weights.put(w, 1.0));
    return List.of(new PassageHit(PassageHit.Kind.DOCUMENT, source, snippet, 3.0f,
        Set.copyOf(query.words()), Set.of(), weights));
  }

  @Override
  public List<String> spellings(String word, int max) {
    return List.of();
  }

  @Override
  public Schedule schedule() {
    return schedule;
  }

  @Override
  public List<String> complete(CompletionKind kind, String prefix, int max) {
    Stream<String> values =
        switch (kind) {
          case SESSION -> schedule.sessions().stream().map(Session::title);
          case SPEAKER -> schedule.sessions().stream().flatMap(s -> s.speakers().stream());
          case ROOM -> schedule.sessions().stream().flatMap(s -> s.room().stream());
          case TRACK -> schedule.sessions().stream().flatMap(s -> s.track().stream());
          case DAY -> Stream.of();
        };
    String wanted = prefix.toLowerCase(Locale.ROOT);
    return values.filter(v -> v.toLowerCase(Locale.ROOT).contains(wanted)).distinct().limit(max).toList();
  }

  @Override
  public IngestReport reload() {
    return new IngestReport(List.of(), 1, schedule.sessions().size(), List.of(), Duration.ZERO);
  }
}
