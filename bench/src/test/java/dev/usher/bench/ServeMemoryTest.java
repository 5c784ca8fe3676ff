package dev.usher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.usher.core.testing.SharedData;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The smallest serve measure, so it cannot rot: a real serve process over about 200 passages,
 * connected to the fake Discord and the fake Slack, answers four questions on both; no timing or
 * memory bound is asserted beyond being plausible.
 */
class ServeMemoryTest {
  private static final Path HOME = Path.of("..").toAbsolutePath().normalize();

  @Test
  @Tag("slow")
  void aServeConnectedToDiscordAndSlackRepliesOnBothAndItsPeakRssIsReported() {
    // given a lexical serve over about 200 generated passages (plus the sample's documents), four
    // questions, started with the launcher's options on this JVM's class path
    Path seedQuestions = SharedData.eval("seed-questions.tsv").toAbsolutePath().normalize();
    Path sharedData = SharedData.data("31c3").getParent().toAbsolutePath().normalize();
    Benchmark.Options options =
        new Benchmark.Options(
            HOME,
            sharedData,
            seedQuestions,
            List.of(),
            Path.of("target/ci-serve").toAbsolutePath(),
            List.of(),
            0,
            Duration.ZERO,
            0,
            0,
            0,
            0,
            0,
            0,
            200,
            0,
            4,
            ServeLaunch.JAVA);

    // when it is measured
    List<ServeMemory.Figures> serve = new Benchmark(options, line -> {}).serveMemory();

    // then the seed set's first questions were answered, alternately through each fake, with the
    // answers the set expects
    assertThat(serve).hasSize(1);
    ServeMemory.Figures figures = serve.getFirst();
    assertThat(figures.semantic()).isFalse();
    assertThat(figures.replies())
        .extracting(ServeMemory.Reply::platform, ServeMemory.Reply::question)
        .containsExactly(
            tuple("Discord", "When is ICLR 2026?"),
            tuple("Slack", "Where is ICLR 2026 being held?"),
            tuple("Discord", "Is there a virtual attendance option?"),
            tuple("Slack", "What were the outstanding papers at ICLR 2026?"));
    assertThat(figures.replies().get(0).text()).containsPattern("April 24\\D{1,12}28");
    assertThat(figures.replies().get(1).text()).containsPattern("Riocentro|Rio de Janeiro");
    assertThat(figures.replies()).allSatisfy(r -> assertThat(r.text()).isNotBlank());
    // and its memory is a JVM's with JDA, Bolt and Lucene loaded, read from the serve process
    assertThat(figures.rssKb()).isPositive();
    assertThat(figures.peakRssKb()).isGreaterThanOrEqualTo(figures.rssKb()).isGreaterThan(64_000);
    assertThat(figures.jvmOptions()).contains("-XX:+UseSerialGC");

    // and the report has its table, as many cells in each row as in the header
    String report =
        MarkdownReport.render(
            new Figures(
                Machine.describe("ServeMemoryTest"),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                serve));
    assertThat(report)
        .contains("### `serve` connected to Discord and Slack")
        .contains("| about 200 passages, index built | off | 4 (2 + 2) | ");
    List<String> table =
        report
            .substring(report.indexOf("### `serve`"))
            .lines()
            .filter(line -> line.startsWith("|"))
            .toList();
    assertThat(table).hasSize(3); // header, alignment, one row
    assertThat(table).allSatisfy(row -> assertThat(cells(row)).isEqualTo(cells(table.getFirst())));
  }

  private static long cells(String row) {
    return row.replace("\\|", "").chars().filter(c -> c == '|').count();
  }
}
