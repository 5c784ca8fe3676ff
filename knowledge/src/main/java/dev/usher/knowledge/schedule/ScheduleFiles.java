package dev.usher.knowledge.schedule;

import dev.usher.core.knowledge.IngestReport;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Placeholder until the schedule readers land (replaced on merge). */
public final class ScheduleFiles {
  private ScheduleFiles() {}

  public static boolean isScheduleFile(Path file) {
    String name = file.getFileName().toString();
    return name.matches(".*\\.(ics|json|xml|ya?ml|csv)$");
  }

  public static ScheduleReading read(Path file, String displayPath, ZoneId defaultZone) {
    return new ScheduleReading(
        List.of(), Optional.empty(), Optional.empty(),
        List.of(new IngestReport.Problem(displayPath, "schedule readers not merged yet")));
  }
}
