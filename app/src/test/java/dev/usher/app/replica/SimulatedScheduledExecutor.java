package dev.usher.app.replica;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Delayed;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A single-threaded scheduled executor whose delays are in the time of a {@link SimulatedClock}: a
 * task scheduled ten minutes ahead runs when the simulated clock reaches that moment, however it
 * got there (running fast, or jumped). It looks for due tasks every {@link #POLL} of real time.
 * Enough for the reminder scheduler, which only executes and schedules one-shot tasks.
 */
public final class SimulatedScheduledExecutor extends ScheduledThreadPoolExecutor {
  private static final Duration POLL = Duration.ofMillis(2);

  private final Clock clock;
  private final List<WakeUp> pending = new ArrayList<>();

  public SimulatedScheduledExecutor(Clock clock) {
    super(1, Thread.ofPlatform().name("usher-reminders").daemon().factory());
    this.clock = clock;
    // Not through schedule(): that one is simulated.
    super.scheduleWithFixedDelay(
        this::runDue, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    if (delay <= 0) {
      return super.schedule(command, 0, unit); // execute() comes here too
    }
    WakeUp wakeUp = new WakeUp(command, clock.instant().plusNanos(unit.toNanos(delay)));
    synchronized (pending) {
      pending.add(wakeUp);
    }
    return wakeUp;
  }

  /**
   * Runs, on this executor's thread, every task due at the simulated time now and every task they
   * hand it to run at once, and returns when none is left: what happens at this moment has
   * happened.
   */
  public void runDueTasks() throws InterruptedException {
    while (true) {
      CountDownLatch ran = new CountDownLatch(1);
      super.schedule(
          () -> {
            runDue();
            ran.countDown();
          },
          0,
          TimeUnit.MILLISECONDS);
      if (!ran.await(60, TimeUnit.SECONDS)) {
        throw new AssertionError("the simulated executor's due tasks did not end within a minute");
      }
      Instant now = clock.instant();
      boolean due;
      synchronized (pending) {
        due = pending.stream().anyMatch(w -> !w.due.isAfter(now));
      }
      boolean queued =
          getQueue().stream().anyMatch(task -> !((RunnableScheduledFuture<?>) task).isPeriodic());
      if (!due && !queued) {
        return;
      }
    }
  }

  private void runDue() {
    Instant now = clock.instant();
    List<WakeUp> due;
    synchronized (pending) {
      due = pending.stream().filter(w -> !w.due.isAfter(now)).toList();
      pending.removeAll(due);
    }
    for (WakeUp wakeUp : due) {
      try {
        wakeUp.run();
      } catch (RuntimeException e) {
        // A periodic task that throws is never run again: keep polling, and say why.
        System.err.println("simulated executor: a task failed: " + e);
      }
    }
  }

  private final class WakeUp implements ScheduledFuture<Object> {
    private final Runnable task;
    private final Instant due;
    private volatile boolean cancelled;
    private volatile boolean ran;

    WakeUp(Runnable task, Instant due) {
      this.task = task;
      this.due = due;
    }

    void run() {
      if (!cancelled) {
        ran = true;
        task.run();
      }
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(Duration.between(clock.instant(), due));
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      if (ran) {
        return false;
      }
      cancelled = true;
      return true;
    }

    @Override
    public boolean isCancelled() {
      return cancelled;
    }

    @Override
    public boolean isDone() {
      return ran || cancelled;
    }

    @Override
    public Object get() {
      throw new UnsupportedOperationException("the reminder scheduler never waits for a wake-up");
    }

    @Override
    public Object get(long timeout, TimeUnit unit) {
      return get();
    }
  }
}
