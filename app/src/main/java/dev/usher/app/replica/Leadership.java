package dev.usher.app.replica;

import dev.usher.core.reminder.ReminderLedgerException;
import dev.usher.ledger.postgres.PostgresLease;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this replica's place in the election: every {@code renewEvery} it tries to take or renew
 * the lease ({@link PostgresLease}); when it gets it, it begins a {@link Term} (connects the
 * platforms, starts the reminders), and when it loses it, it ends the term.
 *
 * <p>Why a leader stops in time: {@link #mayPost()} is true only while the last successful renewal,
 * timed on this machine's monotonic clock from when it was <em>sent</em>, is younger than {@code
 * stopPostingAfter}. The database times the lease from when it <em>received</em> that renewal, and
 * the lease is longer, so a leader that cannot reach the database stops posting before a standby
 * can take its lease, whatever the two machines' clocks say. The fencing token in every ledger
 * write then refuses what a stalled leader would still record.
 *
 * <p>Renewals run on one executor and terms begin and end on another, one after the other: a term
 * that takes seconds to connect its platforms must not hold up the renewals that keep it. {@link
 * #mayPost()} may be called from any thread.
 */
public final class Leadership implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Leadership.class);

  /** What leading is: begun with the lease's fencing token, ended when the lease is lost. */
  public interface Term {
    /**
     * Starts leading with {@code token}; everything posted in the term goes through {@code mayPost}
     * first.
     *
     * @throws PlatformStartException when this replica cannot lead (a platform refused its token);
     *     it then gives the lease up and {@link #failure()} completes with it
     * @throws dev.usher.core.reminder.ReminderLedgerException when the shared state failed at the
     *     start of the term: the term ends, the lease is given up, and the replica stays a standby
     */
    void begin(long token, BooleanSupplier mayPost) throws PlatformStartException;

    /** Stops leading: nothing more is posted once it returns. */
    void end();
  }

  private final PostgresLease lease;
  private final Term term;
  private final ScheduledExecutorService executor;
  private final ExecutorService terms;
  private final Duration renewEvery;
  private final long stopPostingAfterNanos;
  private final Consumer<String> status;
  private final CompletableFuture<Void> failure = new CompletableFuture<>();

  private final Object lock = new Object();
  private volatile boolean leading;
  private volatile long renewedAtNanos;
  private volatile long token;
  private boolean unreachableReported;
  private boolean closed;
  private @Nullable ScheduledFuture<?> ticks;

  /**
   * @param executor where the lease is renewed, single-threaded
   * @param terms where terms begin and end, single-threaded
   * @param status told, in one line, when this replica starts or stops leading and why
   */
  public Leadership(
      PostgresLease lease,
      Term term,
      ScheduledExecutorService executor,
      ExecutorService terms,
      Duration renewEvery,
      Duration stopPostingAfter,
      Consumer<String> status) {
    this.lease = Objects.requireNonNull(lease, "lease");
    this.term = Objects.requireNonNull(term, "term");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.terms = Objects.requireNonNull(terms, "terms");
    this.renewEvery = Objects.requireNonNull(renewEvery, "renewEvery");
    this.stopPostingAfterNanos = stopPostingAfter.toNanos();
    this.status = Objects.requireNonNull(status, "status");
  }

  /** Starts trying for the lease at once, then every {@code renewEvery}. */
  public void start() {
    synchronized (lock) {
      ticks =
          executor.scheduleWithFixedDelay(
              this::tick, 0, renewEvery.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Whether this replica leads and its lease is surely still its own. */
  public boolean mayPost() {
    return leading && System.nanoTime() - renewedAtNanos < stopPostingAfterNanos;
  }

  /** Completes exceptionally when a term could not begin; serving should then stop. */
  public CompletableFuture<Void> failure() {
    return failure;
  }

  private void tick() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      long sent = System.nanoTime();
      OptionalLong acquired;
      try {
        acquired = lease.tryAcquire();
      } catch (ReminderLedgerException e) {
        unreachable(e);
        return;
      }
      if (unreachableReported) {
        unreachableReported = false;
        log.info("The shared state can be reached again");
      }
      if (acquired.isEmpty()) {
        if (leading) {
          stepDown("another replica holds the lease");
        }
        return;
      }
      if (leading && acquired.getAsLong() != token) {
        // Our lease ran out before this renewal: another replica may have led in between.
        stepDown("the lease ended before it could be renewed");
      }
      renewedAtNanos = sent;
      if (!leading) {
        lead(acquired.getAsLong());
      }
    }
  }

  private void unreachable(ReminderLedgerException e) {
    if (!unreachableReported) {
      unreachableReported = true;
      log.warn("Cannot renew the lease: {}", e.getMessage());
    }
    if (leading && !mayPost()) {
      stepDown("the shared state cannot be reached (" + e.getMessage() + ")");
    }
  }

  private void lead(long newToken) {
    token = newToken;
    leading = true;
    terms.execute(() -> begin(newToken));
  }

  /** On the terms' thread; a step-down meanwhile queues the end behind it. */
  private void begin(long newToken) {
    try {
      term.begin(newToken, () -> mayPost(newToken));
      status.accept("replica: leading (lease token " + newToken + ")");
    } catch (ReminderLedgerException e) {
      // A database blip at the start of a term: give the lease to whoever can use it.
      term.end();
      synchronized (lock) {
        leading = false;
        release();
      }
      status.accept("replica: standby again: the term could not begin: " + e.getMessage());
    } catch (PlatformStartException | RuntimeException e) {
      term.end();
      synchronized (lock) {
        leading = false;
        release();
        if (ticks != null) {
          ticks.cancel(false);
        }
      }
      failure.completeExceptionally(e);
    }
  }

  /** Whether the term of {@code termToken} may still post: the lease is this term's, and fresh. */
  private boolean mayPost(long termToken) {
    return mayPost() && token == termToken;
  }

  private void stepDown(String why) {
    leading = false;
    terms.execute(
        () -> {
          term.end();
          status.accept("replica: standby again: " + why);
        });
  }

  private void release() {
    try {
      lease.release();
    } catch (ReminderLedgerException e) {
      // The lease then simply runs out; a standby waits for it.
      log.warn("Could not give the lease up: {}", e.getMessage());
    }
  }

  /** Ends the term after whatever the terms' thread is doing, and waits for it (a few seconds). */
  private void awaitEnd() {
    try {
      terms.submit(term::end).get(15, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      log.warn("The leader's term did not end cleanly: {}", e.toString());
    }
  }

  /** Stops leading (a post in progress finishes), gives the lease up so a standby leads at once. */
  @Override
  public void close() {
    boolean wasLeading;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true; // no tick runs after this block
      if (ticks != null) {
        ticks.cancel(false);
      }
      wasLeading = leading;
      leading = false;
    }
    awaitEnd();
    if (wasLeading) {
      release();
    }
    lease.close();
  }
}
