package dev.usher.app.state;

import dev.usher.core.announce.AnnouncedSchedule;
import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedule announced last, in {@code announced-schedule.properties} of the state folder: what
 * each session was (id, title, times, room: all an announcement compares), and the last batch
 * handed out. Replaced whole at each write (written beside it, then moved), so a crash leaves the
 * old record or the new one. A file that cannot be read is logged and counts as none: the schedule
 * read at start-up then becomes the one announced.
 */
public final class AnnouncedScheduleFile implements AnnouncedSchedule {
  private static final Logger log = LoggerFactory.getLogger(AnnouncedScheduleFile.class);
  private static final String NAME = "announced-schedule.properties";

  private final Path file;

  private AnnouncedScheduleFile(Path file) {
    this.file = file;
  }

  /** The record in {@code stateFolder}, created at the first {@link #keep}. */
  public static AnnouncedScheduleFile in(Path stateFolder) {
    return new AnnouncedScheduleFile(
        Objects.requireNonNull(stateFolder, "stateFolder").resolve(NAME));
  }

  @Override
  public Optional<Announced> last() {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      log.warn("{} cannot be read ({}); taking the schedule as it is now as announced", file, e);
      return Optional.empty();
    }
    try {
      Optional<Batch> batch =
          Optional.ofNullable(properties.getProperty("batch.subject"))
              .map(
                  subject ->
                      new Batch(
                          subject,
                          schedule(properties, "before."),
                          Instant.parse(required(properties, "batch.seen"))));
      return Optional.of(new Announced(schedule(properties, "now."), batch));
    } catch (DateTimeException | IllegalArgumentException e) {
      log.warn("{} is damaged ({}); taking the schedule as it is now as announced", file, e);
      return Optional.empty();
    }
  }

  @Override
  public void keep(Announced announced) {
    Properties properties = new Properties();
    put(properties, "now.", announced.schedule());
    announced
        .batch()
        .ifPresent(
            batch -> {
              properties.setProperty("batch.subject", batch.subject());
              properties.setProperty("batch.seen", batch.seen().toString());
              put(properties, "before.", batch.before());
            });
    try (ByteArrayOutputStream out = new ByteArrayOutputStream();
        Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      properties.store(writer, "Usher: the schedule announced last; rewritten at each change");
      writer.flush();
      replace(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the announced schedule in " + file, e);
    }
  }

  private void replace(byte[] content) throws IOException {
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), NAME, ".part");
    try {
      Files.write(temporary, content);
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void put(Properties properties, String prefix, Schedule schedule) {
    properties.setProperty(prefix + "zone", schedule.zone().getId());
    properties.setProperty(prefix + "sessions", String.valueOf(schedule.sessions().size()));
    int i = 0;
    for (Session session : schedule.sessions()) {
      String at = prefix + i++ + ".";
      properties.setProperty(at + "id", session.id());
      properties.setProperty(at + "title", session.title());
      properties.setProperty(at + "start", session.start().toString());
      properties.setProperty(at + "end", session.end().toString());
      session.room().ifPresent(room -> properties.setProperty(at + "room", room));
    }
  }

  private static Schedule schedule(Properties properties, String prefix) {
    int count = Integer.parseInt(required(properties, prefix + "sessions"));
    List<Session> sessions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String at = prefix + i + ".";
      sessions.add(
          new Session(
              required(properties, at + "id"),
              required(properties, at + "title"),
              ZonedDateTime.parse(required(properties, at + "start")),
              ZonedDateTime.parse(required(properties, at + "end")),
              Optional.ofNullable(properties.getProperty(at + "room")),
              Optional.empty(),
              List.of(),
              "",
              Optional.empty()));
    }
    return new Schedule(ZoneId.of(required(properties, prefix + "zone")), sessions);
  }

  private static String required(Properties properties, String key) {
    String value = properties.getProperty(key);
    if (value == null) {
      throw new IllegalArgumentException("no " + key);
    }
    return value;
  }
}
