package dev.usher.app.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code agenda:} section of {@code usher.yaml}:
 *
 * <pre>
 * agenda:
 *   remind_minutes: 10   # the DM before each starred session; 0 for none; default 10
 *   keep_days: 30        # agendas are deleted on the first start this many days after the last day
 * </pre>
 *
 * @param remindBefore empty when {@code remind_minutes} is 0
 */
public record AgendaSettings(Optional<Duration> remindBefore, int keepDays) {
  /** The section's keys, for {@code ./usher check}. */
  public static final Set<String> KEYS = Set.of("remind_minutes", "keep_days");

  public static final int DEFAULT_REMIND_MINUTES = 10;
  public static final int DEFAULT_KEEP_DAYS = 30;

  /**
   * The settings in {@code section} (as YAML gives it); the defaults when it is empty. A key
   * outside {@link #KEYS} is ignored here; {@code ./usher check} reports it.
   *
   * @throws SettingsException naming the key that is wrong
   */
  public static AgendaSettings read(Map<String, Object> section) {
    int minutes = whole(section, "remind_minutes", DEFAULT_REMIND_MINUTES);
    int keep = whole(section, "keep_days", DEFAULT_KEEP_DAYS);
    return new AgendaSettings(
        minutes == 0 ? Optional.empty() : Optional.of(Duration.ofMinutes(minutes)), keep);
  }

  private static int whole(Map<String, Object> section, String key, int absent) {
    Object value = section.get(key);
    if (value == null) {
      return absent;
    }
    if (value instanceof Integer number && number >= 0 && number <= 24 * 60) {
      return number;
    }
    throw new SettingsException(
        "agenda." + key + " must be a whole number from 0 to 1440, not '" + value + "'");
  }
}
