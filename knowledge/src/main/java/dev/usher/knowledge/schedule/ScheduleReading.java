package dev.usher.knowledge.schedule;

import dev.usher.core.conference.Session;
import dev.usher.core.knowledge.IngestReport;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one schedule file held.
 *
 * @param sessions the sessions read, in file order, ids unique within the file
 * @param declaredZone the time zone the file itself names, if any
 * @param conferenceName the conference or calendar name the file itself gives, if any
 * @param problems each event, row or part of the file that was skipped, and why
 * @param complete false when the file could not be read to its end (cut short, or broken past some
 *     point): the sessions are those before the break. A fetched schedule in this state never
 *     replaces the last good copy.
 */
public record ScheduleReading(
    List<Session> sessions,
    Optional<ZoneId> declaredZone,
    Optional<String> conferenceName,
    List<IngestReport.Problem> problems,
    boolean complete) {

  public ScheduleReading {
    sessions = List.copyOf(sessions);
    Objects.requireNonNull(declaredZone, "declaredZone");
    Objects.requireNonNull(conferenceName, "conferenceName");
    problems = List.copyOf(problems);
  }

  static ScheduleReading failed(String displayPath, String reason) {
    return new ScheduleReading(
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(new IngestReport.Problem(displayPath, reason)),
        false);
  }
}
