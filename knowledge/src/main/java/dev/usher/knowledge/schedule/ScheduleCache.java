package dev.usher.knowledge.schedule;

import dev.usher.core.conference.Session;
import dev.usher.core.knowledge.IngestReport.Problem;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each schedule file gave when it was last parsed, kept beside the index so that a start on an
 * unchanged folder reads its sessions back instead of parsing the file again (a schedule of 10,000
 * sessions in YAML took a second to parse). A file is known by its path, the SHA-256 of its content
 * and the zone its times were read in: any change to the file is a new key, and parses it again.
 *
 * <p>A cache file that is missing, damaged, cut short or of another format is ignored (and
 * replaced): parsing the file is always correct. Not thread-safe; one per read of a folder.
 */
public final class ScheduleCache {
  private static final Logger log = LoggerFactory.getLogger(ScheduleCache.class);

  /**
   * Raised when what a schedule reader gives, or how it is written here, changes: a cache of
   * another format is not read.
   */
  private static final int FORMAT = 1;

  private static final int MAGIC = 0x55534843; // "USHC"

  /** A schedule file's content, as the reading of it is cached under. */
  record Key(String displayPath, String contentHash, String zone) {}

  private final Optional<Path> file;
  private final Map<Key, ScheduleReading> known;
  private final Map<Key, ScheduleReading> used = new HashMap<>();

  private ScheduleCache(Optional<Path> file, Map<Key, ScheduleReading> known) {
    this.file = file;
    this.known = known;
  }

  /** A cache kept in {@code file}: read now if it is there, written by {@link #save()}. */
  public static ScheduleCache in(Path file) {
    Objects.requireNonNull(file, "file");
    return new ScheduleCache(Optional.of(file), load(file));
  }

  /** No cache: every schedule file is parsed (an index in memory is built anew each start). */
  public static ScheduleCache none() {
    return new ScheduleCache(Optional.empty(), Map.of());
  }

  /**
   * The reading of the schedule file at {@code displayPath} whose content has SHA-256 {@code
   * contentHash}, read in {@code zone}: as cached, else as {@code parse} gives it.
   */
  public ScheduleReading reading(
      String displayPath, byte[] contentHash, ZoneId zone, Supplier<ScheduleReading> parse) {
    Key key = new Key(displayPath, HexFormat.of().formatHex(contentHash), zone.getId());
    ScheduleReading reading = known.get(key);
    if (reading == null) {
      reading = parse.get();
    }
    used.put(key, reading);
    return reading;
  }

  /**
   * Writes the readings asked for since this cache was opened, and only those (a file changed or
   * gone is dropped), when they differ from what the file held; replaced at once through a
   * temporary file beside it. A cache that cannot be written is logged and left out.
   */
  public void save() {
    if (file.isEmpty() || used.keySet().equals(known.keySet())) {
      return;
    }
    try {
      write(file.get(), used);
    } catch (UnwritableText e) {
      // Rare and harmless (the file is parsed at each start, as without a cache): not a warning.
      log.debug("not caching the schedules in {}: {}", file.get(), e.getMessage());
    } catch (IOException e) {
      log.warn("cannot write the schedule cache {}: {}", file.get(), e.toString());
    }
  }

  private static Map<Key, ScheduleReading> load(Path file) {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length < 8 || crc(bytes, bytes.length - 8) != tail(bytes)) {
        log.debug("ignoring the schedule cache {}: damaged", file);
        return Map.of();
      }
      Input in = new Input(ByteBuffer.wrap(bytes, 0, bytes.length - 8));
      if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
        log.debug("ignoring the schedule cache {}: another format", file);
        return Map.of();
      }
      int count = count(in);
      Map<Key, ScheduleReading> readings = new HashMap<>();
      for (int i = 0; i < count; i++) {
        Key key = new Key(text(in), text(in), text(in));
        readings.put(key, reading(in));
      }
      return readings;
    } catch (IOException | RuntimeException e) {
      // Damaged in a way the checksum missed, or of an older writer: parsing is always correct.
      log.debug("ignoring the schedule cache {}", file, e);
      return Map.of();
    }
  }

  private static void write(Path file, Map<Key, ScheduleReading> readings) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    out.writeInt(readings.size());
    for (Map.Entry<Key, ScheduleReading> entry : readings.entrySet()) {
      text(out, entry.getKey().displayPath());
      text(out, entry.getKey().contentHash());
      text(out, entry.getKey().zone());
      reading(out, entry.getValue());
    }
    byte[] payload = bytes.toByteArray();
    out.writeLong(crc(payload, payload.length));
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(temporary, bytes.toByteArray());
    try {
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void reading(DataOutputStream out, ScheduleReading reading) throws IOException {
    out.writeInt(reading.sessions().size());
    for (Session session : reading.sessions()) {
      session(out, session);
    }
    optional(out, reading.declaredZone().map(ZoneId::getId));
    optional(out, reading.conferenceName());
    out.writeInt(reading.problems().size());
    for (Problem problem : reading.problems()) {
      text(out, problem.path());
      text(out, problem.reason());
    }
    out.writeBoolean(reading.complete());
  }

  private static ScheduleReading reading(Input in) throws IOException {
    int count = count(in);
    List<Session> sessions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      sessions.add(session(in));
    }
    Optional<ZoneId> zone = optional(in).map(ZoneId::of);
    Optional<String> name = optional(in);
    int problemCount = count(in);
    List<Problem> problems = new ArrayList<>(problemCount);
    for (int i = 0; i < problemCount; i++) {
      problems.add(new Problem(text(in), text(in)));
    }
    return new ScheduleReading(sessions, zone, name, problems, in.readBoolean());
  }

  private static void session(DataOutputStream out, Session session) throws IOException {
    text(out, session.id());
    text(out, session.title());
    time(out, session.start());
    time(out, session.end());
    optional(out, session.room());
    optional(out, session.track());
    out.writeInt(session.speakers().size());
    for (String speaker : session.speakers()) {
      text(out, speaker);
    }
    text(out, session.description());
    optional(out, session.url().map(URI::toString));
  }

  private static Session session(Input in) throws IOException {
    String id = text(in);
    String title = text(in);
    ZonedDateTime start = time(in);
    ZonedDateTime end = time(in);
    Optional<String> room = optional(in);
    Optional<String> track = optional(in);
    int speakerCount = count(in);
    List<String> speakers = new ArrayList<>(speakerCount);
    for (int i = 0; i < speakerCount; i++) {
      speakers.add(text(in));
    }
    String description = text(in);
    Optional<URI> url = optional(in).map(URI::create);
    return new Session(id, title, start, end, room, track, speakers, description, url);
  }

  /** An instant and its zone: the zone's rules give back the same offset and local time. */
  private static void time(DataOutputStream out, ZonedDateTime time) throws IOException {
    out.writeLong(time.toEpochSecond());
    out.writeInt(time.getNano());
    text(out, time.getZone().getId());
  }

  private static ZonedDateTime time(Input in) throws IOException {
    Instant instant = Instant.ofEpochSecond(in.readLong(), in.readInt());
    return ZonedDateTime.ofInstant(instant, in.zone(text(in)));
  }

  private static void optional(DataOutputStream out, Optional<String> value) throws IOException {
    out.writeBoolean(value.isPresent());
    if (value.isPresent()) {
      text(out, value.get());
    }
  }

  private static Optional<String> optional(Input in) throws IOException {
    return in.readBoolean() ? Optional.of(text(in)) : Optional.empty();
  }

  /**
   * UTF-8 with its length in bytes (an abstract can pass the 64 KB of {@code writeUTF}); text that
   * UTF-8 cannot carry unchanged (a lone surrogate) is not cached at all.
   */
  private static void text(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (hasSurrogate(text) && !new String(bytes, StandardCharsets.UTF_8).equals(text)) {
      throw new UnwritableText();
    }
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static boolean hasSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String text(Input in) throws IOException {
    return in.text(count(in));
  }

  /** A length or count, each of whose items takes a byte at least: no more than are left. */
  private static int count(Input in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > in.remaining()) {
      throw new IOException("a count of " + count + " with " + in.remaining() + " bytes left");
    }
    return count;
  }

  /**
   * The cache's bytes, read in order. A buffer rather than a {@code DataInputStream}: reading
   * 10,000 sessions' fields through a synchronized stream was most of reading them back. Cut short,
   * it throws {@link java.nio.BufferUnderflowException}.
   */
  private static final class Input {
    private final ByteBuffer bytes;

    /** The zones by id: a schedule has one or a few, read for every start and end. */
    private final Map<String, ZoneId> zones = new HashMap<>();

    Input(ByteBuffer bytes) {
      this.bytes = bytes;
    }

    int readInt() {
      return bytes.getInt();
    }

    long readLong() {
      return bytes.getLong();
    }

    boolean readBoolean() {
      return bytes.get() != 0;
    }

    int remaining() {
      return bytes.remaining();
    }

    String text(int length) {
      String text =
          new String(
              bytes.array(),
              bytes.arrayOffset() + bytes.position(),
              length,
              StandardCharsets.UTF_8);
      bytes.position(bytes.position() + length);
      return text;
    }

    ZoneId zone(String id) {
      return zones.computeIfAbsent(id, ZoneId::of);
    }
  }

  private static long crc(byte[] bytes, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, length);
    return crc.getValue();
  }

  /** The checksum the file ends with. */
  private static long tail(byte[] bytes) {
    return ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong();
  }

  /** A text UTF-8 would change: the readings are then not cached. */
  private static final class UnwritableText extends RuntimeException {
    UnwritableText() {
      super("a schedule text that UTF-8 cannot hold unchanged", null, false, false);
    }
  }
}
