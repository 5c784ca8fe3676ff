package dev.usher.app.replica;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that several processes share through a small file: simulated time runs {@code rate} times
 * faster than real time from an anchor, and the test that owns the file jumps it forward over quiet
 * hours. Simulated days then pass in seconds, while a takeover still costs its real seconds (times
 * the rate) of simulated time.
 *
 * <p>The file holds {@code simulated-millis real-millis rate}; it is replaced atomically, so a
 * reader sees one anchor or the next, never half of one.
 */
public final class SimulatedClock extends Clock {
  private final Path file;
  private final ZoneId zone;

  private SimulatedClock(Path file, ZoneId zone) {
    this.file = file;
    this.zone = zone;
  }

  /** Starts simulated time at {@code start}, running {@code rate} times faster than real time. */
  public static SimulatedClock start(Path file, Instant start, long rate) {
    write(file, start, rate);
    return new SimulatedClock(file, ZoneId.of("UTC"));
  }

  /** The clock of a file another process started. */
  static SimulatedClock of(Path file, ZoneId zone) {
    return new SimulatedClock(file, zone);
  }

  /** Jumps forward to {@code target}; never back (a clock that runs backwards is another test). */
  public void advanceTo(Instant target) {
    Instant now = instant();
    if (target.isAfter(now)) {
      write(file, target, rate());
    }
  }

  long rate() {
    return Long.parseLong(read()[2]);
  }

  private static void write(Path file, Instant simulated, long rate) {
    Path next = file.resolveSibling(file.getFileName() + ".next");
    try {
      Files.writeString(
          next,
          simulated.toEpochMilli() + " " + System.currentTimeMillis() + " " + rate,
          StandardCharsets.US_ASCII);
      Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String[] read() {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Instant instant() {
    String[] anchor = read();
    long simulated = Long.parseLong(anchor[0]);
    long real = Long.parseLong(anchor[1]);
    long rate = Long.parseLong(anchor[2]);
    return Instant.ofEpochMilli(simulated + (System.currentTimeMillis() - real) * rate);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new SimulatedClock(file, other);
  }
}
