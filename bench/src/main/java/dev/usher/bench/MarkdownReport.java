package dev.usher.bench;

import dev.usher.bench.Figures.Accuracy;
import dev.usher.bench.Figures.BuildFigures;
import dev.usher.bench.Figures.PeerFigures;
import dev.usher.bench.Figures.SizeFigures;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The figures of a run as markdown tables, with ratios to plain Lucene (peer ÷ plain Lucene). */
final class MarkdownReport {
  private static final String BASE = "Plain Lucene";

  private MarkdownReport() {}

  static String render(Figures figures) {
    Machine m = figures.machine();
    StringBuilder out = new StringBuilder();
    out.append("## Run of ")
        .append(m.date())
        .append("\n\n")
        .append("- Command: `")
        .append(m.command())
        .append("`\n")
        .append("- Machine: ")
        .append(m.cpus())
        .append(" CPUs (")
        .append(m.cpuModel())
        .append("), ")
        .append(m.jdk())
        .append("\n")
        .append("- Load average (1, 5, 15 min) at the start: ")
        .append(m.loadBefore())
        .append(
            " (a shared machine: other builds ran at the same time; peers are interleaved so they share it alike)\n\n");

    out.append(
            "### Accuracy on the question sets, unscaled conferences (same pass rule as `usher eval`)\n\n")
        .append("| question set | peer | passed | of | failed |\n|---|---|---:|---:|---|\n");
    for (Accuracy a : figures.accuracy()) {
      out.append(
          f(
              "| %s | %s | %d | %d | %s |%n",
              a.set(), a.peer(), a.passed(), a.total(), String.join(" ", a.failed())));
    }
    for (SizeFigures size : figures.sizes()) {
      appendSize(out, size);
    }
    figures
        .serving()
        .ifPresent(
            s ->
                out.append(
                    f(
                        "%n### Serving JVM with the sentence model loaded%n%n"
                            + "| corpus | questions answered | peak RSS (VmHWM) MB | RSS at the end MB | seconds, start to last answer | JVM options |%n"
                            + "|---|---:|---:|---:|---:|---|%n"
                            + "| about %,d passages, semantic on, index built | %,d | %,d | %,d | %.1f | `%s` |%n",
                        s.size(),
                        s.questions(),
                        s.peakRssKb() / 1024,
                        s.rssKb() / 1024,
                        s.seconds(),
                        s.jvmOptions())));
    if (!figures.serve().isEmpty()) {
      appendServe(out, figures.serve());
    }
    figures
        .coldStart()
        .ifPresent(
            c ->
                out.append(
                    f(
                        "%n### Cold start on the sample (index built, after one untimed run)%n%n"
                            + "| command | runs | median s | min s | max s | each run s |%n|---|---:|---:|---:|---:|---|%n"
                            + "| `%s` | %d | %.2f | %.2f | %.2f | %s |%n",
                        c.command(),
                        c.seconds().size(),
                        c.median(),
                        c.seconds().stream().mapToDouble(Double::doubleValue).min().orElse(0),
                        c.seconds().stream().mapToDouble(Double::doubleValue).max().orElse(0),
                        c.seconds().stream()
                            .map(s -> f("%.2f", s))
                            .collect(Collectors.joining(" ")))));
    return out.toString();
  }

  private static void appendSize(StringBuilder out, SizeFigures size) {
    out.append(
        f(
            "%n### About %,d passages (%,d passages in %,d files, and %,d sessions)%n%n",
            size.target(), size.passages(), size.files(), size.sessions()));
    BuildFigures baseBuild =
        size.builds().stream().filter(b -> b.peer().equals(BASE)).findFirst().orElseThrow();
    out.append(
            "| peer | vector cache | build s | entries/s | rate ÷ plain Lucene | index MB | heap MB |\n")
        .append("|---|---|---:|---:|---:|---:|---:|\n");
    for (BuildFigures b : size.builds()) {
      out.append(
          f(
              "| %s | %s | %.2f | %,.0f | %.2f | %.1f | %.1f |%n",
              b.peer(),
              b.cache(),
              b.seconds(),
              b.entriesPerSecond(),
              b.entriesPerSecond() / baseBuild.entriesPerSecond(),
              b.indexBytes() / 1e6,
              b.heapBytes() / 1e6));
    }
    PeerFigures base =
        size.peers().stream().filter(p -> p.peer().equals(BASE)).findFirst().orElseThrow();
    out.append(
            "\n| peer | p50 ms | p99 ms | max ms | q/s, 2 threads | p50 ÷ plain Lucene | p99 ÷ plain Lucene | max ÷ plain Lucene | q/s ÷ plain Lucene |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (PeerFigures p : size.peers()) {
      out.append(
          f(
              "| %s | %.3f | %.3f | %.1f | %,.0f | %.1f | %.1f | %.1f | %.3f |%n",
              p.peer(),
              p.latency().p50Micros() / 1e3,
              p.latency().p99Micros() / 1e3,
              p.latency().maxMicros() / 1e3,
              p.throughput(),
              p.latency().p50Micros() / base.latency().p50Micros(),
              p.latency().p99Micros() / base.latency().p99Micros(),
              p.latency().maxMicros() / base.latency().maxMicros(),
              p.throughput() / base.throughput()));
    }
    out.append(
        f(
            "%nLatency over %,d questions per peer, single thread, the whole answer path. Process RSS after this size: %,d MB "
                + "(peak %,d MB, every peer in one JVM; SQLite's pages are native, not heap). Load average after: %s.%n",
            base.latency().count(),
            size.rssKb() / 1024,
            size.peakRssKb() / 1024,
            size.loadAfter()));
  }

  private static void appendServe(StringBuilder out, List<ServeMemory.Figures> serve) {
    out.append(
            "\n### `serve` connected to Discord and Slack, answering (real JDA and Bolt, fake servers on 127.0.0.1)\n\n")
        .append(
            "| corpus | semantic | questions (Discord + Slack) | peak RSS (VmHWM) MB | RSS at the end MB | seconds, start to last reply | started as | JVM options |\n")
        .append("|---|---|---:|---:|---:|---:|---|---|\n");
    for (ServeMemory.Figures s : serve) {
      out.append(
          f(
              "| about %,d passages, index built | %s | %,d (%d + %d) | %,d | %,d | %.1f | `%s` | `%s` |%n",
              s.size(),
              s.semantic() ? "on" : "off",
              s.replies().size(),
              s.repliesOn("Discord"),
              s.repliesOn("Slack"),
              s.peakRssKb() / 1024,
              s.rssKb() / 1024,
              s.seconds(),
              s.startedAs(),
              s.jvmOptions()));
    }
    out.append(
        "\nThe index built beforehand by `usher index` on the same folder, as a restart finds it; the"
            + " questions asked one after the other, alternately as `/ask` on Discord and as a mention"
            + " on Slack, each reply awaited; VmHWM and VmRSS read from `/proc/PID/status` of the serve"
            + " JVM after the last reply.\n");
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
