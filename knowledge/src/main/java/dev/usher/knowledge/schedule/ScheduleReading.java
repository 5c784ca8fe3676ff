package dev.usher.knowledge.schedule;

import dev.usher.core.knowledge.IngestReport;
import dev.usher.core.schedule.Session;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Placeholder until the schedule readers land (replaced on merge). */
public record ScheduleReading(
    List<Session> sessions,
    Optional<ZoneId> declaredZone,
    Optional<String> conferenceName,
    List<IngestReport.Problem> problems) {}
