package dev.usher.core.reminder;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The durable record of reminder posts, by key: which were attempted and which the platform
 * accepted. It must survive the process (a file, a database): it is what keeps a restarted bot from
 * posting twice. Implementations are thread-safe and make each method's effect durable before
 * returning.
 */
public interface ReminderLedger {

  /**
   * What is recorded about {@code key}, empty when no attempt to post it was ever recorded.
   *
   * @throws ReminderLedgerException when the ledger cannot be read
   */
  Optional<Entry> find(ReminderKey key);

  /**
   * Records that a post of {@code key} is about to be sent. Does nothing when the key is already
   * recorded (attempted or done).
   *
   * @throws ReminderLedgerException when the ledger cannot be written
   */
  void markStarted(ReminderKey key, Instant at);

  /**
   * Records that the platform accepted the post of {@code key} at {@code at}. Does nothing when it
   * is already recorded as done (the first {@code at} stays).
   *
   * @throws ReminderLedgerException when the ledger cannot be written
   */
  void markDone(ReminderKey key, Instant at);

  /** True when {@code key} is recorded as posted. */
  default boolean isDone(ReminderKey key) {
    return find(key).map(Entry::done).orElse(false);
  }

  /**
   * What the ledger holds for one key.
   *
   * @param startedAt when the first attempt began
   * @param postedAt when the platform accepted the post; empty while not known to be posted
   */
  record Entry(Instant startedAt, Optional<Instant> postedAt) {
    public Entry {
      Objects.requireNonNull(startedAt, "startedAt");
      Objects.requireNonNull(postedAt, "postedAt");
    }

    public boolean done() {
      return postedAt.isPresent();
    }
  }
}
