package dev.usher.knowledge.complete;

import dev.usher.core.command.CompletionKind;
import dev.usher.core.schedule.Schedule;
import java.util.List;

/** Placeholder until the completion helper lands (replaced on merge). */
public final class ScheduleCompletions {
  private ScheduleCompletions() {}

  public static ScheduleCompletions of(Schedule schedule) {
    return new ScheduleCompletions();
  }

  public List<String> complete(CompletionKind kind, String prefix, int max) {
    return List.of();
  }
}
