package dev.usher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.usher.bench.Figures.PeerFigures;
import dev.usher.bench.Figures.SizeFigures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The smallest benchmark, so it cannot rot: it runs end to end; no timing is asserted. */
class BenchmarkTest {
  private static final Path HOME = Path.of("..").toAbsolutePath().normalize();

  @Test
  void theThreePeersAnswerTheSmallestCorpusAndTheReportIsWellFormed() throws Exception {
    // given the sample conference, the shared data and a corpus of about 1,000 passages
    Benchmark.Options options = new Benchmark.Options(
        HOME, HOME.resolve("../shared/data").normalize(), HOME.resolve("../shared/eval/seed-questions.tsv").normalize(),
        List.of(HOME.resolve("../shared/eval/seed-questions.tsv").normalize(), HOME.resolve("examples/iclr-2026/schedule-questions.tsv")),
        Path.of("target/ci-bench").toAbsolutePath(), List.of(1_000), 60, Duration.ofMillis(200));

    // when the benchmark runs
    Figures figures = new Benchmark(options, line -> {}).run("BenchmarkTest");
    String report = MarkdownReport.render(figures);

    // then every peer was judged on the seed set and measured on the corpus
    assertThat(figures.accuracy()).extracting(Figures.Accuracy::set, Figures.Accuracy::peer).containsExactly(
        tuple("seed-questions.tsv", "Usher"), tuple("seed-questions.tsv", "SQLite FTS5"), tuple("seed-questions.tsv", "Plain Lucene"),
        tuple("schedule-questions.tsv", "Usher"), tuple("schedule-questions.tsv", "SQLite FTS5"), tuple("schedule-questions.tsv", "Plain Lucene"));
    assertThat(figures.accuracy()).filteredOn(a -> a.set().startsWith("seed")).allSatisfy(a -> assertThat(a.total()).isEqualTo(30));
    assertThat(figures.accuracy()).allSatisfy(a -> assertThat(a.passed()).isPositive());
    SizeFigures size = figures.sizes().getFirst();
    assertThat(size.passages()).isBetween(900, 1_300);
    assertThat(size.peers()).extracting(PeerFigures::peer).containsExactly("Usher", "SQLite FTS5", "Plain Lucene");
    assertThat(size.peers()).allSatisfy(p -> {
      assertThat(p.latency().count()).isEqualTo(60);
      assertThat(p.throughput()).isPositive();
      assertThat(p.indexBytes()).isPositive();
    });
    assertThat(Files.list(options.work().resolve("corpus-1000/docs/generated"))).hasSize(100);

    // and the report has a well-formed table per size: a header, a rule and one row per peer
    assertThat(report).contains("### Accuracy", "### About 1,000 passages", "| Usher |", "| SQLite FTS5 |", "| Plain Lucene |");
    List<String> rows = report.lines().filter(line -> line.startsWith("|")).toList();
    long columns = rows.getLast().chars().filter(c -> c == '|').count();
    assertThat(rows.subList(rows.size() - 5, rows.size())).allSatisfy(row -> assertThat(row.chars().filter(c -> c == '|').count()).isEqualTo(columns));
  }

  @Test
  void sqliteMatchExpressionsQuoteEveryWordSoNoSyntaxRuns() {
    assertThat(SqliteFtsPeer.matchExpression("title: NEAR(a* \"b\") AND c^"))
        .isEqualTo("\"title\" OR \"near\" OR \"a\" OR \"b\" OR \"and\" OR \"c\"");
    assertThat(SqliteFtsPeer.matchExpression("?! ...")).isEmpty();
  }

  @Test
  void questionVariationsAreDeterministicAndAsManyAsAsked() {
    List<String> seed = List.of("When is the keynote?", "Where is lunch served today?");

    List<String> first = QuestionVariations.of(seed, 500, 7);

    assertThat(first).hasSize(500).startsWith(seed.toArray(String[]::new)).isEqualTo(QuestionVariations.of(seed, 500, 7));
    assertThat(first.stream().distinct().count()).isGreaterThan(50);
  }

  @Test
  void latencyPercentilesComeFromTheSortedTimes() {
    long[] nanos = new long[100];
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = (100 - i) * 1_000L;
    }

    Latencies latencies = Latencies.of(nanos);

    assertThat(latencies.p50Micros()).isEqualTo(50.0);
    assertThat(latencies.p99Micros()).isEqualTo(99.0);
    assertThat(latencies.maxMicros()).isEqualTo(100.0);
  }
}
