package dev.usher.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the last event ids seen, so an event Slack delivers again (a retry, with the same
 * {@code event_id}) is answered once. Bounded: the oldest ids are forgotten first. Thread-safe.
 */
final class EventDeduplicator {
  private final Map<String, Boolean> seen;

  EventDeduplicator(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.seen =
        new LinkedHashMap<>(16, 0.75f, false) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** True the first time {@code eventId} is offered (within the remembered window). */
  synchronized boolean firstTime(String eventId) {
    return seen.put(eventId, Boolean.TRUE) == null;
  }
}
