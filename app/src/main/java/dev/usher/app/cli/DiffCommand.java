package dev.usher.app.cli;

import dev.usher.app.ExitCode;
import dev.usher.app.render.TextRenderer;
import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.ScheduleChange;
import dev.usher.core.knowledge.IngestReport;
import dev.usher.core.reply.ScheduleChanges;
import dev.usher.core.schedule.ScheduleDiff;
import dev.usher.knowledge.schedule.ScheduleFiles;
import dev.usher.knowledge.schedule.ScheduleReading;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code usher diff OLD NEW}: what the announcement of a new schedule version would say, for
 * organizers to check before they publish it.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "diff",
    description =
        "Print what the announcement of a schedule change would say, from two versions of a schedule file.")
public final class DiffCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "OLD", description = "The schedule as published now.")
  Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The schedule about to be published.")
  Path newFile;

  @Option(
      names = "--timezone",
      paramLabel = "ZONE",
      description =
          "The conference's IANA zone, for times without an offset and for showing times"
              + " (default: the zone the new file names, else UTC).")
  Optional<String> timezone = Optional.empty();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<ZoneId> given = timezone.map(DiffCommand::zone);
    ZoneId readZone = given.orElse(ZoneOffset.UTC);
    ScheduleReading before = read(oldFile, readZone, err);
    ScheduleReading after = read(newFile, readZone, err);
    ZoneId shown = given.or(after::declaredZone).or(before::declaredZone).orElse(ZoneOffset.UTC);
    List<ScheduleChange> changes =
        ScheduleDiff.between(
            new Schedule(shown, before.sessions()), new Schedule(shown, after.sessions()));
    if (changes.isEmpty()) {
      out.println(
          "No change to announce: the "
              + after.sessions().size()
              + " sessions have the same times, rooms and titles.");
    } else {
      out.println(new TextRenderer(false).render(new ScheduleChanges(changes, shown)));
    }
    out.flush();
    return ExitCode.OK;
  }

  /**
   * The sessions of one version; its problems are warnings on standard error. A file that gives no
   * session at all is refused: every session would read as cancelled.
   */
  private static ScheduleReading read(Path file, ZoneId zone, PrintWriter err) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + " does not exist or is not a file");
    }
    ScheduleReading reading = ScheduleFiles.read(file, file.toString(), zone);
    for (IngestReport.Problem problem : reading.problems()) {
      err.println("warning: " + problem.path() + ": " + problem.reason());
    }
    if (reading.sessions().isEmpty()) {
      throw new IllegalArgumentException(file + ": no session could be read, nothing to compare");
    }
    return reading;
  }

  private static ZoneId zone(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "--timezone '" + id + "' is not an IANA zone such as Europe/Berlin");
    }
  }
}
