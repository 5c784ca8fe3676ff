package dev.usher.core.reminder;

import dev.usher.core.conference.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * More posts for the {@link ReminderScheduler} to make beside the {@link ReminderPlanner}'s,
 * planned from the same schedule at each step: the agendas' direct messages. Pure for the same
 * schedule and the same state of what it reads; thread-safe.
 */
public interface PostSource {

  /** Every post at an instant in {@code [from, to)}. */
  List<PlannedPost> plan(Schedule schedule, Instant from, Instant to);

  /** The longest time after its planned instant that one of these posts may still be made. */
  Duration longestCatchUp();
}
