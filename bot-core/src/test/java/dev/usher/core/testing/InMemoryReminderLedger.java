package dev.usher.core.testing;

import dev.usher.core.reminder.ReminderKey;
import dev.usher.core.reminder.ReminderLedger;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A reminder ledger in a map, standing for a file that survives the process: a test that restarts
 * the platforms and the scheduler keeps the same instance, as a restarted bot reopens its file.
 * Thread-safe.
 */
public final class InMemoryReminderLedger implements ReminderLedger {
  private final Map<String, Entry> entries = new HashMap<>();

  @Override
  public synchronized Optional<Entry> find(ReminderKey key) {
    return Optional.ofNullable(entries.get(key.id()));
  }

  @Override
  public synchronized void markStarted(ReminderKey key, Instant at) {
    entries.putIfAbsent(key.id(), new Entry(at, Optional.empty()));
  }

  @Override
  public synchronized void markDone(ReminderKey key, Instant at) {
    Entry before = entries.get(key.id());
    if (before == null) {
      entries.put(key.id(), new Entry(at, Optional.of(at)));
    } else if (!before.done()) {
      entries.put(key.id(), new Entry(before.startedAt(), Optional.of(at)));
    }
  }

  /** The keys recorded as posted, with when the platform accepted each. */
  public synchronized Map<String, Instant> posted() {
    Map<String, Instant> posted = new HashMap<>();
    entries.forEach((key, entry) -> entry.postedAt().ifPresent(at -> posted.put(key, at)));
    return Map.copyOf(posted);
  }

  /** Forgets every record, as a deleted ledger file or a new host does. */
  public synchronized void forget() {
    entries.clear();
  }
}
