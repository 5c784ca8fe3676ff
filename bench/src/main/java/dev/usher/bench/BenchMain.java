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
 * {@code bench/run [--sizes 1000,10000,100000] [--questions 3000] [--seconds 2] [--out FILE]}:
 * runs the benchmark and prints the markdown report, also writing it to {@code --out} when given.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws IOException {
    List<Integer> sizes = List.of(1_000, 10_000, 100_000);
    int questions = 3_000;
    Duration seconds = Duration.ofSeconds(2);
    Optional<Path> out = Optional.empty();
    Path home = Path.of(System.getProperty("usher.home", ".")).toAbsolutePath().normalize();
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--sizes" -> sizes = Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf).toList();
        case "--questions" -> questions = Integer.parseInt(value);
        case "--seconds" -> seconds = Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
        case "--out" -> out = Optional.of(Path.of(value));
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; usage: bench/run [--sizes 1000,10000,100000] [--questions 3000] [--seconds 2] [--out FILE]");
      }
      i++;
    }
    Benchmark.Options options = new Benchmark.Options(
        home, home.resolve("../shared/data").normalize(), home.resolve("../shared/eval/seed-questions.tsv").normalize(),
        List.of(home.resolve("../shared/eval/seed-questions.tsv").normalize(), home.resolve("examples/iclr-2026/schedule-questions.tsv")),
        home.resolve("bench/target/bench-work"), sizes, questions, seconds);
    String command = "bench/run " + String.join(" ", args);
    String report = MarkdownReport.render(new Benchmark(options, line -> System.err.println("bench: " + line)).run(command.strip()));
    System.out.print(report);
    if (out.isPresent()) {
      Files.writeString(out.get(), report, StandardCharsets.UTF_8);
    }
  }
}
