package dev.usher.app.cli;

import dev.usher.app.ConferenceRuntime;
import dev.usher.core.knowledge.IngestReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code usher index}: reads the conference folder, builds the index, and reports per file. */
@Command(
    mixinStandardHelpOptions = true,
    name = "index",
    description = "Build the index and report what each file gave.")
public final class IndexCommand implements Callable<Integer> {
  @Mixin ConferenceOptions conference;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int[] seen = {0};
    boolean interactive = System.console() != null;
    try (ConferenceRuntime runtime =
        conference.open(
            file -> {
              seen[0]++;
              if (interactive) {
                err.print("\rreading files: " + seen[0] + " " + "#".repeat(Math.min(seen[0], 40)));
                err.flush();
              }
            },
            (done, total) -> {
              if (interactive && total > 0) {
                int bar = (int) (40L * done / total);
                err.print(
                    "\rembedding: "
                        + done
                        + "/"
                        + total
                        + " "
                        + "#".repeat(bar)
                        + ".".repeat(40 - bar));
                err.flush();
              }
            })) {
      if (interactive) {
        err.println();
      }
      IngestReport report = runtime.knowledge().lastReport();
      out.println(runtime.conference().name() + " (" + runtime.conference().zone().getId() + ")");
      for (IngestReport.FileReport file : report.files()) {
        out.printf(
            "  %-60s %-9s %5d passages %5d sessions%n",
            file.path(), file.kind(), file.passages(), file.sessions());
      }
      for (IngestReport.Problem problem : report.problems()) {
        out.println("  warning: " + problem.path() + ": " + problem.reason());
      }
      out.printf(
          "%d files, %d passages, %d sessions, %d warnings in %d ms%n",
          report.files().size(),
          report.passages(),
          report.sessions(),
          report.problems().size(),
          report.took().toMillis());
      out.flush();
      conference.reportProblems(runtime, err);
      return 0;
    }
  }
}
