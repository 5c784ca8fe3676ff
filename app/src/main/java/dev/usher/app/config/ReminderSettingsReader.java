package dev.usher.app.config;

import dev.usher.core.reminder.Channels;
import dev.usher.core.reminder.ReminderSettings;
import dev.usher.core.reminder.ReminderSettings.BeforeSession;
import dev.usher.core.reminder.ReminderSettings.Daily;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code reminders:} section of {@code usher.yaml}:
 *
 * <pre>
 * reminders:
 *   daily:
 *     at: "07:30"                # local time in the conference zone
 *     discord: ["123456789012345678"]
 *     slack: ["C0123ABCD"]
 *     max_sessions: 40           # optional: more are summarized with a pointer to /schedule
 *   before_session:
 *     minutes: 10
 *     discord: ["..."]           # every other key but rooms is a platform name
 *     rooms: {"Room 1": {slack: ["C0ROOM1"]}}
 *   catch_up_grace: 2h           # optional: 90m, 2h or ISO-8601 (PT2H); default 2h
 * </pre>
 */
public final class ReminderSettingsReader {
  /** The section's own keys. */
  public static final Set<String> KEYS = Set.of("daily", "before_session", "catch_up_grace");

  /** The keys of {@code daily:} besides the platforms' names. */
  public static final Set<String> DAILY_KEYS = Set.of("at", "max_sessions");

  /** The keys of {@code before_session:} besides the platforms' names. */
  public static final Set<String> BEFORE_SESSION_KEYS = Set.of("minutes", "rooms");

  private ReminderSettingsReader() {}

  /**
   * The settings in {@code section} (as YAML gives it), {@link ReminderSettings#none()} when empty.
   * A key outside {@link #KEYS} is ignored here; {@code ./usher check} reports it.
   *
   * @throws SettingsException naming the key that is wrong
   */
  public static ReminderSettings read(Map<String, Object> section) {
    if (section.isEmpty()) {
      return ReminderSettings.none();
    }
    Optional<Daily> daily = map(section, "daily", "reminders").map(ReminderSettingsReader::daily);
    Optional<BeforeSession> before =
        map(section, "before_session", "reminders").map(ReminderSettingsReader::before);
    Duration grace =
        Optional.ofNullable(section.get("catch_up_grace"))
            .map(v -> duration(v.toString(), "reminders.catch_up_grace"))
            .orElse(ReminderSettings.DEFAULT_GRACE);
    return new ReminderSettings(daily, before, grace);
  }

  private static Daily daily(Map<String, Object> daily) {
    Object at = daily.get("at");
    if (at == null) {
      throw new SettingsException("reminders.daily.at is missing: a local time such as \"07:30\"");
    }
    LocalTime time;
    try {
      time = LocalTime.parse(at.toString());
    } catch (DateTimeParseException e) {
      throw new SettingsException(
          "reminders.daily.at '" + at + "' is not a local time such as \"07:30\"", e);
    }
    int max =
        Optional.ofNullable(daily.get("max_sessions"))
            .map(v -> positive(v, "reminders.daily.max_sessions"))
            .orElse(Daily.DEFAULT_MAX_SESSIONS);
    return new Daily(time, channels(daily, DAILY_KEYS, "reminders.daily"), max);
  }

  private static BeforeSession before(Map<String, Object> before) {
    Object minutes = before.get("minutes");
    if (minutes == null) {
      throw new SettingsException("reminders.before_session.minutes is missing");
    }
    Map<String, Channels> rooms = new LinkedHashMap<>();
    map(before, "rooms", "reminders.before_session")
        .ifPresent(
            all ->
                all.forEach(
                    (room, value) -> {
                      String key = "reminders.before_session.rooms." + room;
                      if (!(value instanceof Map<?, ?> byPlatform)) {
                        throw new SettingsException(key + " must map platform names to channels");
                      }
                      rooms.put(room, channels(stringKeys(byPlatform), Set.of(), key));
                    }));
    return new BeforeSession(
        Duration.ofMinutes(positive(minutes, "reminders.before_session.minutes")),
        channels(before, BEFORE_SESSION_KEYS, "reminders.before_session"),
        rooms);
  }

  /** Every key but {@code reserved} is a platform name with a list of channel ids. */
  private static Channels channels(Map<String, Object> section, Set<String> reserved, String path) {
    Map<String, List<String>> byPlatform = new LinkedHashMap<>();
    section.forEach(
        (platform, value) -> {
          if (reserved.contains(platform)) {
            return;
          }
          List<?> ids =
              value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
          List<String> channels = ids.stream().map(String::valueOf).map(String::strip).toList();
          if (channels.stream().anyMatch(c -> c.isEmpty() || c.equals("null"))) {
            throw new SettingsException(path + "." + platform + " has an empty channel id");
          }
          byPlatform.put(platform.toLowerCase(Locale.ROOT), channels);
        });
    return new Channels(byPlatform);
  }

  private static Optional<Map<String, Object>> map(
      Map<String, Object> parent, String key, String path) {
    Object value = parent.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new SettingsException(path + "." + key + " must be a section with keys");
    }
    return Optional.of(stringKeys(map));
  }

  private static Map<String, Object> stringKeys(Map<?, ?> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(String.valueOf(k), v));
    return copy;
  }

  private static int positive(Object value, String path) {
    try {
      int number = Integer.parseInt(value.toString().strip());
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below, with the key
    }
    throw new SettingsException(path + " '" + value + "' must be a whole number above 0");
  }

  /**
   * The channels of the {@code announce:} section, where schedule changes are announced: {@code
   * {discord: [...], slack: [...]}}; none when the section is absent.
   *
   * @throws SettingsException naming the key that is wrong
   */
  public static Channels announceChannels(Map<String, Object> section) {
    return channels(section, Set.of(), "announce");
  }

  /**
   * A duration such as {@code 30s}, {@code 90m}, {@code 2h}, {@code 30d} or ISO-8601 ({@code
   * PT2H}).
   */
  public static Duration duration(String text, String path) {
    String value = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (value.endsWith("d") && !value.startsWith("p")) {
        return Duration.ofDays(Long.parseLong(value.substring(0, value.length() - 1)));
      }
      if (value.endsWith("s") && !value.startsWith("p")) {
        return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
      }
      if (value.endsWith("m") && !value.startsWith("p")) {
        return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
      }
      if (value.endsWith("h") && !value.startsWith("p")) {
        return Duration.ofHours(Long.parseLong(value.substring(0, value.length() - 1)));
      }
      return Duration.parse(text.strip());
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new SettingsException(
          path + " '" + text + "' is not a duration such as 30s, 90m or 2h", e);
    }
  }
}
