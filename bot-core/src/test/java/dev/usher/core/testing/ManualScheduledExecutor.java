package dev.usher.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A single-threaded scheduled executor that runs nothing until the test advances time: then it runs
 * every task due, in order, on the test's thread, moving the clock to each task's instant. An
 * exception thrown by a task (such as a simulated crash) propagates to the test. Other threads may
 * submit tasks (a platform thread asking for a re-plan); they run at the next advance.
 */
public final class ManualScheduledExecutor extends AbstractExecutorService
    implements ScheduledExecutorService {
  private final MutableClock clock;
  private final PriorityQueue<Task> tasks = new PriorityQueue<>();
  private long sequence;
  private boolean shutdown;

  public ManualScheduledExecutor(MutableClock clock) {
    this.clock = clock;
  }

  /**
   * Runs every task due up to {@code end} (including tasks those tasks schedule), then sets the
   * clock to it.
   */
  public synchronized void advanceTo(Instant end) {
    while (!tasks.isEmpty() && !tasks.peek().due.isAfter(end)) {
      Task task = tasks.poll();
      if (task.cancelled) {
        continue;
      }
      if (task.due.isAfter(clock.instant())) {
        clock.set(task.due);
      }
      task.done = true;
      task.command.run();
    }
    if (end.isAfter(clock.instant())) {
      clock.set(end);
    }
  }

  public void advanceBy(Duration duration) {
    advanceTo(clock.instant().plus(duration));
  }

  /** Runs what is due now. */
  public void runDue() {
    advanceTo(clock.instant());
  }

  public synchronized long pending() {
    return tasks.stream().filter(t -> !t.cancelled).count();
  }

  @Override
  public void execute(Runnable command) {
    schedule(command, 0, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    if (shutdown) {
      throw new java.util.concurrent.RejectedExecutionException("shut down");
    }
    Task task = new Task(command, clock.instant().plusNanos(unit.toNanos(delay)), sequence++);
    tasks.add(task);
    return task;
  }

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(
      Runnable command, long initialDelay, long period, TimeUnit unit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(
      Runnable command, long initialDelay, long delay, TimeUnit unit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public synchronized void shutdown() {
    shutdown = true;
  }

  @Override
  public synchronized List<Runnable> shutdownNow() {
    shutdown = true;
    List<Runnable> left = tasks.stream().map(t -> t.command).toList();
    tasks.clear();
    return left;
  }

  @Override
  public boolean isShutdown() {
    return shutdown;
  }

  @Override
  public boolean isTerminated() {
    return shutdown && tasks.isEmpty();
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return isTerminated();
  }

  private final class Task implements ScheduledFuture<Void> {
    final Runnable command;
    final Instant due;
    final long order;
    boolean cancelled;
    boolean done;

    Task(Runnable command, Instant due, long order) {
      this.command = command;
      this.due = due;
      this.order = order;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(Duration.between(clock.instant(), due));
    }

    @Override
    public int compareTo(Delayed other) {
      Task that = (Task) other;
      int byDue = due.compareTo(that.due);
      return byDue != 0 ? byDue : Long.compare(order, that.order);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      if (done) {
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
      return done || cancelled;
    }

    @Override
    public Void get() {
      return null;
    }

    @Override
    public Void get(long timeout, TimeUnit unit) {
      return null;
    }
  }
}
