package dev.usher.core.reminder;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A ledger in a map, standing for a file that survives the process; may crash around writes. */
final class InMemoryLedger implements ReminderLedger {
  private final Map<String, Entry> entries = new HashMap<>();
  private CrashPoints crashes = CrashPoints.never();

  void crashWith(CrashPoints points) {
    this.crashes = points;
  }

  @Override
  public Optional<Entry> find(ReminderKey key) {
    return Optional.ofNullable(entries.get(key.id()));
  }

  @Override
  public void markStarted(ReminderKey key, Instant at) {
    crashes.maybeCrash("before start recorded");
    entries.putIfAbsent(key.id(), new Entry(at, Optional.empty()));
    crashes.maybeCrash("start recorded");
  }

  @Override
  public void markDone(ReminderKey key, Instant at) {
    crashes.maybeCrash("before done recorded");
    Entry before = entries.get(key.id());
    if (before == null) {
      entries.put(key.id(), new Entry(at, Optional.of(at)));
    } else if (!before.done()) {
      entries.put(key.id(), new Entry(before.startedAt(), Optional.of(at)));
    }
  }

  /** Forgets every record, as a deleted ledger file or a new host does. */
  void forget() {
    entries.clear();
  }

  int doneCount() {
    return (int) entries.values().stream().filter(Entry::done).count();
  }
}
