package dev.usher.bench;

import dev.usher.bench.Figures.Accuracy;
import dev.usher.bench.Figures.PeerFigures;
import dev.usher.bench.Figures.SizeFigures;
import java.util.Locale;

/** The figures of a run as markdown tables, with ratios to Usher (peer ÷ Usher). */
final class MarkdownReport {
  private MarkdownReport() {}

  static String render(Figures figures) {
    Machine m = figures.machine();
    StringBuilder out = new StringBuilder();
    out.append("## Run of ").append(m.date()).append("\n\n")
        .append("- Command: `").append(m.command()).append("`\n")
        .append("- Machine: ").append(m.cpus()).append(" CPUs (").append(m.cpuModel()).append("), ")
        .append(m.jdk()).append("\n")
        .append("- Load average (1, 5, 15 min) at the start: ").append(m.loadBefore())
        .append(" (a shared machine: other builds ran at the same time; peers are interleaved so they share it alike)\n\n");

    out.append("### Accuracy on the question sets, unscaled conferences (same pass rule as `usher eval`)\n\n")
        .append("| question set | peer | passed | of | failed |\n|---|---|---:|---:|---|\n");
    for (Accuracy a : figures.accuracy()) {
      out.append(f("| %s | %s | %d | %d | %s |%n", a.set(), a.peer(), a.passed(), a.total(), String.join(" ", a.failed())));
    }
    for (SizeFigures size : figures.sizes()) {
      PeerFigures usher = size.peers().getFirst();
      out.append(f("%n### About %,d passages (%,d passages in %,d files, and %,d sessions)%n%n",
              size.target(), size.passages(), size.files(), size.sessions()))
          .append("| peer | build s | entries/s | index MB | heap MB | p50 ms | p99 ms | max ms | q/s, 2 threads | p50 ÷ Usher | p99 ÷ Usher | build rate ÷ Usher | q/s ÷ Usher |\n")
          .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (PeerFigures p : size.peers()) {
        out.append(f("| %s | %.2f | %,.0f | %.1f | %.1f | %.3f | %.3f | %.1f | %,.0f | %.2f | %.2f | %.2f | %.2f |%n",
            p.peer(), p.buildSeconds(), p.entriesPerSecond(), p.indexBytes() / 1e6, p.heapBytes() / 1e6,
            p.latency().p50Micros() / 1e3, p.latency().p99Micros() / 1e3, p.latency().maxMicros() / 1e3, p.throughput(),
            p.latency().p50Micros() / usher.latency().p50Micros(), p.latency().p99Micros() / usher.latency().p99Micros(),
            p.entriesPerSecond() / usher.entriesPerSecond(), p.throughput() / usher.throughput()));
      }
      out.append(f("%nLatency over %,d questions per peer. Process RSS after this size: %,d MB (peak %,d MB, all three peers in one JVM; SQLite's pages are native, not heap). Load average after: %s.%n",
          usher.latency().count(), size.rssKb() / 1024, size.peakRssKb() / 1024, size.loadAfter()));
    }
    return out.toString();
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
