package dev.usher.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** A clock the test moves by hand, in a fixed zone. Thread-safe. */
public final class MutableClock extends Clock {
  private final ZoneId zone;
  private volatile Instant now;

  public MutableClock(Instant start, ZoneId zone) {
    this.now = Objects.requireNonNull(start, "start");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  private MutableClock(MutableClock shared, ZoneId zone) {
    this(shared.now, zone);
  }

  public void set(Instant instant) {
    now = Objects.requireNonNull(instant, "instant");
  }

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** Unsupported: a copy in another zone would not move with this clock. */
  @Override
  public Clock withZone(ZoneId other) {
    if (other.equals(zone)) {
      return this;
    }
    throw new UnsupportedOperationException("a MutableClock keeps its zone: " + zone);
  }
}
