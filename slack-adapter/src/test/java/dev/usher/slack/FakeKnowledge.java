package dev.usher.slack;

import dev.usher.core.command.CompletionKind;
import dev.usher.core.knowledge.IngestReport;
import dev.usher.core.knowledge.Knowledge;
import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.PassageQuery;
import dev.usher.core.reply.Snippet;
import dev.usher.core.reply.Source;
import dev.usher.core.schedule.Schedule;
import dev.usher.core.schedule.Session;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One passage that answers every question (with hostile markup in it) and a two-session schedule. */
final class FakeKnowledge implements Knowledge {
  static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");
  static final String PASSAGE =
      "Registration opens at 8:00 in the Hall. <!channel> & <@U999> are welcome.";
  static final ZonedDateTime KEYNOTE_START = ZonedDateTime.of(2026, 4, 23, 9, 0, 0, 0, ZONE);

  @Override
  public List<PassageHit> search(PassageQuery query) {
    Snippet snippet = new Snippet(PASSAGE, List.of(new Snippet.Span(0, 12)));
    Source source =
        new Source("venue.md", "Venue guide", Optional.of("Arrival"),
            Optional.of("https://example.org/venue?a=1&b=2"));
    Map<String, Double> weights = new java.util.HashMap<>();
    query.words().forEach(word -> weights.put(word, 1.0));
    return List.of(new PassageHit(PassageHit.Kind.DOCUMENT, source, snippet, 1.0f,
        Set.copyOf(query.words()), Set.of(), weights));
  }

  @Override
  public List<String> spellings(String word, int max) {
    return List.of();
  }

  @Override
  public Schedule schedule() {
    return new Schedule(ZONE, List.of(
        new Session("k1", "Opening keynote <!here>", KEYNOTE_START, KEYNOTE_START.plusMinutes(45),
            Optional.of("Hall A"), Optional.of("Main"), List.of("Ada Lovelace"), "",
            Optional.of(URI.create("https://example.org/k1"))),
        new Session("t1", "Lucene in practice", KEYNOTE_START.plusHours(1),
            KEYNOTE_START.plusHours(2), Optional.of("Room 2"), Optional.empty(), List.of("Grace"),
            "", Optional.empty())));
  }

  @Override
  public List<String> complete(CompletionKind kind, String prefix, int max) {
    return List.of();
  }

  @Override
  public IngestReport reload() {
    return new IngestReport(List.of(), 1, 2, List.of(), Duration.ZERO);
  }
}
