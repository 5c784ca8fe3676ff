package dev.usher.core.testing;

import dev.usher.core.command.CompletionKind;
import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import dev.usher.core.knowledge.IngestReport;
import dev.usher.core.knowledge.Knowledge;
import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.PassageQuery;
import dev.usher.core.reply.Source;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Knowledge held in memory: the document passages and sessions a test gives it, searched by plain
 * word overlap so the real answer policy answers or declines from honest signals.
 *
 * <p>A query word is found in a passage when the passage's heading or text holds it, compared in
 * lower case word by word (no stems, no synonyms: "register" does not find "Registration"); it is
 * found in the title when the document's title holds it. Each word's weight is its idf over all
 * passages and sessions, as BM25 computes it, so a word no passage holds weighs most. Sessions are
 * searched too, as the real index does: their title, room, track and speakers are their heading,
 * their description their text.
 *
 * <p>Immutable once built, so thread-safe; {@link #reload()} reads nothing and changes nothing.
 */
public final class InMemoryKnowledge implements Knowledge {
  /** Score added for each of the query's phrases a passage holds word for word. */
  static final double PHRASE_BONUS = 1.0;

  private final List<Passage> passages;
  private final Schedule schedule;
  private final Map<String, String> spellings;
  private final int documentPassages;
  private final List<IngestReport.Problem> readProblems;

  private InMemoryKnowledge(Builder builder) {
    this.schedule = new Schedule(builder.zone, builder.sessions);
    List<Passage> all = new ArrayList<>(builder.documents);
    schedule.sessions().forEach(s -> all.add(Passage.session(s)));
    this.passages = List.copyOf(all);
    this.spellings = Map.copyOf(builder.spellings);
    this.documentPassages = builder.documents.size();
    this.readProblems = List.copyOf(builder.readProblems);
  }

  /** A builder for knowledge whose schedule is shown in {@code zone}. */
  public static Builder builder(ZoneId zone) {
    return new Builder(zone);
  }

  /** Hits holding at least one query word (in heading, text or title), best score first. */
  @Override
  public List<PassageHit> search(PassageQuery query) {
    Objects.requireNonNull(query, "query");
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String word : query.words()) {
      weights.put(word, idf(word));
    }
    List<PassageHit> hits = new ArrayList<>();
    for (Passage passage : passages) {
      hit(passage, query, weights).ifPresent(hits::add);
    }
    hits.sort(Comparator.comparingDouble(PassageHit::score).reversed());
    return hits.subList(0, Math.min(query.limit(), hits.size()));
  }

  private Optional<PassageHit> hit(
      Passage passage, PassageQuery query, Map<String, Double> weights) {
    Set<String> matched = new LinkedHashSet<>();
    Set<String> inTitle = new LinkedHashSet<>();
    double score = 0;
    for (String word : query.words()) {
      if (passage.matches(word)) {
        matched.add(word);
        score += weights.get(word);
      }
      if (passage.matchesTitle(word)) {
        inTitle.add(word);
        score += weights.get(word) / 2;
      }
    }
    if (matched.isEmpty() && inTitle.isEmpty()) {
      return Optional.empty();
    }
    for (String phrase : query.phrases()) {
      if (passage.matches(phrase)) {
        score += PHRASE_BONUS;
      }
    }
    List<String> emphasized = List.copyOf(matched);
    return Optional.of(
        new PassageHit(
            passage.kind(),
            passage.source(),
            () -> passage.emphasize(emphasized),
            (float) score,
            matched,
            inTitle,
            weights));
  }

  /** BM25's idf: {@code ln(1 + (n - df + 0.5) / (df + 0.5))} over all passages and sessions. */
  private double idf(String word) {
    long df = passages.stream().filter(p -> p.mentions(word)).count();
    return Math.log(1 + (passages.size() - df + 0.5) / (df + 0.5));
  }

  /** The spellings the test gave for {@code word} (compared in lower case); otherwise none. */
  @Override
  public List<String> spellings(String word, int max) {
    Objects.requireNonNull(word, "word");
    String spelling = spellings.get(word.toLowerCase(Locale.ROOT));
    return spelling == null || max < 1 ? List.of() : List.of(spelling);
  }

  @Override
  public Schedule schedule() {
    return schedule;
  }

  /**
   * Titles, speakers, rooms or tracks that start with {@code prefix}, or have a word that does,
   * ignoring case; in schedule order, each once. Days are not completed here: the bot does that.
   */
  @Override
  public List<String> complete(CompletionKind kind, String prefix, int max) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(prefix, "prefix");
    List<Session> sessions = schedule.sessions();
    Stream<String> values =
        switch (kind) {
          case SESSION -> sessions.stream().map(Session::title);
          case SPEAKER -> sessions.stream().flatMap(s -> s.speakers().stream());
          case ROOM -> sessions.stream().flatMap(s -> s.room().stream());
          case TRACK -> sessions.stream().flatMap(s -> s.track().stream());
          case DAY, STARRED -> Stream.of();
        };
    String wanted = prefix.strip().toLowerCase(Locale.ROOT);
    return values.filter(v -> completes(v, wanted)).distinct().limit(Math.max(0, max)).toList();
  }

  private static boolean completes(String value, String prefix) {
    return value.toLowerCase(Locale.ROOT).startsWith(prefix)
        || Tokens.forms(value).stream().anyMatch(w -> w.startsWith(prefix));
  }

  /** A report of what this knowledge holds: one file per document, its passages counted. */
  @Override
  public IngestReport reload() {
    Map<String, Integer> perDocument = new LinkedHashMap<>();
    for (Passage passage : passages) {
      if (passage.kind() == PassageHit.Kind.DOCUMENT) {
        perDocument.merge(passage.source().id(), 1, Integer::sum);
      }
    }
    List<IngestReport.FileReport> files = new ArrayList<>();
    perDocument.forEach(
        (id, count) -> files.add(new IngestReport.FileReport(id, "document", count, 0)));
    return new IngestReport(
        files, documentPassages, schedule.sessions().size(), readProblems, Duration.ZERO);
  }

  /** The material of an {@link InMemoryKnowledge}. Not thread-safe; build once per test. */
  public static final class Builder {
    private final ZoneId zone;
    private final List<Passage> documents = new ArrayList<>();
    private final List<Session> sessions = new ArrayList<>();
    private final Map<String, String> spellings = new HashMap<>();
    private final List<IngestReport.Problem> readProblems = new ArrayList<>();

    private Builder(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * A passage of a document: {@code source} names the document and section, {@code text} is
     * quoted.
     */
    public Builder passage(Source source, String text) {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(text, "text");
      documents.add(Passage.document(source, text));
      return this;
    }

    public Builder session(Session session) {
      sessions.add(Objects.requireNonNull(session, "session"));
      return this;
    }

    /**
     * The material's spelling of a misspelt {@code word}, offered when a question finds too little.
     */
    public Builder spelling(String word, String spelling) {
      Objects.requireNonNull(word, "word");
      Objects.requireNonNull(spelling, "spelling");
      spellings.put(word.toLowerCase(Locale.ROOT), spelling);
      return this;
    }

    /** A problem every {@link InMemoryKnowledge#reload()} reports, as a messy folder would. */
    public Builder readProblem(String path, String reason) {
      readProblems.add(new IngestReport.Problem(path, reason));
      return this;
    }

    public InMemoryKnowledge build() {
      return new InMemoryKnowledge(this);
    }
  }
}
