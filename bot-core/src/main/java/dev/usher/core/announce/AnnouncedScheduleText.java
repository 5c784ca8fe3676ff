package dev.usher.core.announce;

import dev.usher.core.announce.AnnouncedSchedule.Announced;
import dev.usher.core.announce.AnnouncedSchedule.Batch;
import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The one text form of an {@link Announced}, shared by every {@link AnnouncedSchedule} that keeps
 * it (a file, a database row): {@code key=value} lines of {@link Properties}, with what each
 * session was (id, title, times, room: all an announcement compares), the schedule's zone, and the
 * last batch handed out. Stateless and thread-safe.
 */
public final class AnnouncedScheduleText {
  private AnnouncedScheduleText() {}

  /** {@code announced} as text, without comment lines (the same record gives the same text). */
  public static String write(Announced announced) {
    Objects.requireNonNull(announced, "announced");
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
    StringWriter text = new StringWriter();
    try {
      properties.store(text, null);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter cannot fail", e);
    }
    // store() always writes the date as a comment: dropped, so equal records are equal texts.
    return text.toString()
        .lines()
        .filter(line -> !line.startsWith("#"))
        .sorted()
        .collect(Collectors.joining("\n", "", "\n"));
  }

  /**
   * Reads what {@link #write} wrote; comment lines are ignored.
   *
   * @throws IllegalArgumentException saying, in one line, what is missing or wrong
   */
  public static Announced read(String text) {
    Objects.requireNonNull(text, "text");
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException("a StringReader cannot fail", e);
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
      return new Announced(schedule(properties, "now."), batch);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("a time or zone cannot be read: " + e.getMessage(), e);
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
    String sessionsKey = prefix + "sessions";
    int count;
    try {
      count = Integer.parseInt(required(properties, sessionsKey));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(sessionsKey + " is not a number", e);
    }
    if (count < 0) {
      throw new IllegalArgumentException(sessionsKey + " is negative");
    }
    List<Session> sessions = new ArrayList<>();
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
