package dev.usher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.usher.bench.Figures.BuildFigures;
import dev.usher.bench.Figures.PeerFigures;
import dev.usher.bench.Figures.SizeFigures;
import dev.usher.core.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smallest benchmark, so it cannot rot: it runs end to end; no timing is asserted. */
class BenchmarkTest {
  private static final Path HOME = Path.of("..").toAbsolutePath().normalize();

  @TempDir Path temporary;

  @Test
  @Tag("slow")
  void everyPeerAnswersATinyCorpusAndTheReportIsWellFormed() throws Exception {
    // given a copy of the sample conference (its index is written beside it), the shared data and
    // a corpus of about 100 generated passages; the schedule set stays where it is, since its
    // data column names folders relative to it
    Path seedQuestions = SharedData.eval("seed-questions.tsv").toAbsolutePath().normalize();
    Path sharedData = SharedData.data("31c3").getParent().toAbsolutePath().normalize();
    Path sample = copy(HOME.resolve("examples/iclr-2026"), temporary.resolve("iclr-2026"));
    Benchmark.Options options =
        new Benchmark.Options(
            HOME,
            sharedData,
            seedQuestions,
            List.of(
                new Benchmark.AccuracySet(seedQuestions, sample),
                new Benchmark.AccuracySet(
                    HOME.resolve("examples/iclr-2026/schedule-questions.tsv"), sample)),
            Path.of("target/ci-bench").toAbsolutePath(),
            List.of(100),
            40,
            Duration.ofMillis(200),
            100,
            100,
            100,
            100,
            20,
            0,
            0,
            0,
            0,
            ServeLaunch.JAVA);

    // when the benchmark runs
    Figures figures = new Benchmark(options, line -> {}).run("BenchmarkTest");
    String report = MarkdownReport.render(figures);

    // then every peer was judged on both sets and measured on the corpus
    List<String> peers =
        List.of("Usher, semantic on", "Usher, semantic off", "Plain Lucene", "SQLite FTS5");
    List<Tuple> judged = new ArrayList<>();
    for (String set : List.of("seed-questions.tsv", "schedule-questions.tsv")) {
      peers.forEach(peer -> judged.add(tuple(set, peer)));
    }
    assertThat(figures.accuracy())
        .extracting(Figures.Accuracy::set, Figures.Accuracy::peer)
        .containsExactlyElementsOf(judged);
    assertThat(figures.accuracy())
        .filteredOn(a -> a.set().startsWith("seed"))
        .allSatisfy(a -> assertThat(a.total()).isEqualTo(30));
    assertThat(figures.accuracy()).allSatisfy(a -> assertThat(a.passed()).isPositive());
    SizeFigures size = figures.sizes().getFirst();
    assertThat(size.passages()).isBetween(100, 400);
    assertThat(size.peers()).extracting(PeerFigures::peer).containsExactlyElementsOf(peers);
    assertThat(size.peers())
        .allSatisfy(
            p -> {
              assertThat(p.latency().count()).isEqualTo(40);
              assertThat(p.throughput()).isPositive();
            });
    assertThat(size.builds())
        .extracting(BuildFigures::peer, BuildFigures::cache)
        .containsExactly(
            tuple("Usher, semantic on", "cold"),
            tuple("Usher, semantic on", "warm"),
            tuple("Usher, semantic off", "-"),
            tuple("Plain Lucene", "-"),
            tuple("SQLite FTS5", "-"));
    assertThat(size.builds()).allSatisfy(b -> assertThat(b.indexBytes()).isPositive());
    assertThat(Files.list(options.work().resolve("corpus-100/docs/generated"))).hasSize(10);
    assertThat(figures.serving()).hasValueSatisfying(s -> assertThat(s.peakRssKb()).isPositive());
    assertThat(figures.coldStart()).isEmpty();

    // and the report has well-formed tables: each row as many cells as its header
    assertThat(report)
        .contains(
            "### Accuracy",
            "### About 100 passages",
            "### Serving JVM",
            "| Usher, semantic on |",
            "| Usher, semantic off |",
            "| SQLite FTS5 |",
            "| Plain Lucene |");
    List<List<String>> tables = tables(report);
    assertThat(tables).hasSize(4);
    assertThat(tables)
        .allSatisfy(
            table ->
                assertThat(table)
                    .allSatisfy(row -> assertThat(cells(row)).isEqualTo(cells(table.getFirst()))));
  }

  private static Path copy(Path source, Path target) throws IOException {
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.filter(p -> !source.relativize(p).startsWith(".usher")).toList()) {
        Files.copy(file, target.resolve(source.relativize(file).toString()));
      }
    }
    return target;
  }

  private static List<List<String>> tables(String report) {
    List<List<String>> tables = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : report.lines().toList()) {
      if (line.startsWith("|")) {
        current.add(line);
      } else if (!current.isEmpty()) {
        tables.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      tables.add(current);
    }
    return tables;
  }

  private static long cells(String row) {
    return row.chars().filter(c -> c == '|').count();
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

    assertThat(first)
        .hasSize(500)
        .startsWith(seed.toArray(String[]::new))
        .isEqualTo(QuestionVariations.of(seed, 500, 7));
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
