package dev.usher.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code bench/run [--sizes 10000,100000] [--questions 3000] [--seconds 2] [--sqlite-up-to 10000]
 * [--semantic-up-to N] [--cold-up-to 10000] [--serving-size 10000] [--serving-questions 2000]
 * [--cold-starts 5] [--serve-rss-size 1000] [--serve-rss-semantic-size N] [--serve-rss-questions
 * 20] [--serve-rss-via usher|java] [--out FILE]}: runs the benchmark and prints the markdown
 * report, also writing it to {@code --out} when given. {@code --serving-size 0}, {@code
 * --cold-starts 0} and {@code --serve-rss-size 0} leave those measurements out; {@code
 * --semantic-up-to 0} times Usher without semantic search only (its accuracy is still measured).
 * {@code --serve-rss-size} is the corpus of a whole {@code ./usher serve} connected to fake Discord
 * and Slack with semantic search off, {@code --serve-rss-semantic-size} (default the same, 0 for
 * none) with it on.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws IOException {
    List<Integer> sizes = List.of(10_000, 100_000);
    int questions = 3_000;
    int sqliteUpTo = 10_000;
    int semanticUpTo = Integer.MAX_VALUE;
    int coldUpTo = 10_000;
    int servingSize = 10_000;
    int servingQuestions = 2_000;
    int coldStarts = 5;
    int serveSize = 1_000;
    Optional<Integer> serveSemanticSize = Optional.empty();
    int serveQuestions = 20;
    ServeLaunch serveLaunch = ServeLaunch.LAUNCHER;
    Duration seconds = Duration.ofSeconds(2);
    Optional<Path> out = Optional.empty();
    Path home = Path.of(System.getProperty("usher.home", ".")).toAbsolutePath().normalize();
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--sizes" ->
            sizes =
                Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf).toList();
        case "--questions" -> questions = Integer.parseInt(value);
        case "--seconds" -> seconds = Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
        case "--out" -> out = Optional.of(Path.of(value));
        case "--sqlite-up-to" -> sqliteUpTo = Integer.parseInt(value);
        case "--semantic-up-to" -> semanticUpTo = Integer.parseInt(value);
        case "--cold-up-to" -> coldUpTo = Integer.parseInt(value);
        case "--serving-size" -> servingSize = Integer.parseInt(value);
        case "--serving-questions" -> servingQuestions = Integer.parseInt(value);
        case "--cold-starts" -> coldStarts = Integer.parseInt(value);
        case "--serve-rss-size" -> serveSize = Integer.parseInt(value);
        case "--serve-rss-semantic-size" ->
            serveSemanticSize = Optional.of(Integer.parseInt(value));
        case "--serve-rss-questions" -> serveQuestions = Integer.parseInt(value);
        case "--serve-rss-via" -> serveLaunch = ServeLaunch.named(value);
        default ->
            throw new IllegalArgumentException(
                "unknown option "
                    + args[i]
                    + "; usage: bench/run [--sizes 10000,100000] [--questions 3000] [--seconds 2] [--sqlite-up-to N]"
                    + " [--semantic-up-to N] [--cold-up-to N] [--serving-size N|0] [--serving-questions N] [--cold-starts N|0]"
                    + " [--serve-rss-size N|0] [--serve-rss-semantic-size N|0] [--serve-rss-questions N] [--serve-rss-via usher|java]"
                    + " [--out FILE]");
      }
      i++;
    }
    Benchmark.Options options =
        new Benchmark.Options(
            home,
            home.resolve("../shared/data").normalize(),
            home.resolve("../shared/eval/seed-questions.tsv").normalize(),
            accuracySets(home),
            home.resolve("bench/target/bench-work"),
            sizes,
            questions,
            seconds,
            sqliteUpTo,
            semanticUpTo,
            coldUpTo,
            servingSize,
            servingQuestions,
            coldStarts,
            serveSize,
            serveSemanticSize.orElse(serveSize),
            serveQuestions,
            serveLaunch);
    String command = "bench/run " + String.join(" ", args);
    String report =
        MarkdownReport.render(
            new Benchmark(options, line -> System.err.println("bench: " + line))
                .run(command.strip()));
    System.out.print(report);
    if (out.isPresent()) {
      Files.writeString(out.get(), report, StandardCharsets.UTF_8);
    }
  }

  /**
   * Every question set of the project, each with the folder its questions without {@code data} ask.
   */
  static List<Benchmark.AccuracySet> accuracySets(Path home) {
    Path sample = home.resolve("examples/iclr-2026");
    Path shared = home.resolve("../shared/eval").normalize();
    return List.of(
        new Benchmark.AccuracySet(shared.resolve("seed-questions.tsv"), sample),
        new Benchmark.AccuracySet(
            shared.resolve("djangocon-us-2024.tsv"),
            home.resolve("../shared/data/djangocon-us-2024").normalize()),
        new Benchmark.AccuracySet(sample.resolve("schedule-questions.tsv"), sample),
        new Benchmark.AccuracySet(
            home.resolve("eval/europython-2024.tsv"), home.resolve("eval/europython-2024")),
        new Benchmark.AccuracySet(
            home.resolve("eval/pyconuk-2017.tsv"), home.resolve("eval/pyconuk-2017")));
  }
}
