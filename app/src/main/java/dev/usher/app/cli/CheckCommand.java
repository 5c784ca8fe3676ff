package dev.usher.app.cli;

import dev.usher.app.check.CheckReport;
import dev.usher.app.check.ConferenceCheck;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code usher check}: what a conference folder holds and every problem, without starting anything.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Read usher.yaml, every file and the reminder settings; print what was found and every"
            + " problem. Exit 0 when there is none, 1 otherwise. Starts and writes nothing.")
public final class CheckCommand implements Callable<Integer> {
  @Mixin ConferenceOptions conference;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    CheckReport report = ConferenceCheck.run(conference.folder(), System.getenv());
    out.println("folder: " + conference.folder().toAbsolutePath().normalize());
    report.found().forEach(line -> out.println("  " + line));
    report.problems().forEach(line -> out.println("problem: " + line));
    int count = report.problems().size();
    out.println(count == 0 ? "no problems" : count + (count == 1 ? " problem" : " problems"));
    return count == 0 ? 0 : 1;
  }
}
