package dev.usher.core.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The last ids seen, bounded: the oldest are forgotten first. Thread-safe. */
final class InMemorySeenDeliveries implements SeenDeliveries {
  private final Map<String, Boolean> seen;

  InMemorySeenDeliveries(int capacity) {
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

  @Override
  public synchronized boolean firstDelivery(String deliveryId) {
    Objects.requireNonNull(deliveryId, "deliveryId");
    return seen.put(deliveryId, Boolean.TRUE) == null;
  }
}
