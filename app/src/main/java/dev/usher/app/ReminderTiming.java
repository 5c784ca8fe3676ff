package dev.usher.app;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * How the reminders of {@code serve} keep time: the clock they plan by and a source of the executor
 * each scheduler wakes on. {@link #real} everywhere but in tests, which run whole processes on a
 * simulated clock.
 *
 * @param clock the conference's clock, in its zone
 * @param executors a new single-threaded executor for each scheduler (a replica gets one per
 *     leadership term); the scheduler's owner shuts it down
 */
public record ReminderTiming(Clock clock, Supplier<ScheduledExecutorService> executors) {
  public ReminderTiming {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(executors, "executors");
  }

  /** The system clock in {@code zone}, and a daemon thread per scheduler. */
  public static ReminderTiming real(ZoneId zone) {
    return new ReminderTiming(
        Clock.system(zone),
        () ->
            Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("usher-reminders").daemon().factory()));
  }
}
