package dev.usher.app.config;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The {@code questions:} section of {@code usher.yaml}: how long the question log keeps a question
 * ({@code keep: 30d}, the default).
 */
public record QuestionLogSettings(Duration keep) {
  public static final Duration DEFAULT_KEEP = Duration.ofDays(30);

  /** Every key of the section. */
  public static final Set<String> KEYS = Set.of("keep");

  public QuestionLogSettings {
    if (keep.isNegative() || keep.isZero()) {
      throw new SettingsException("questions.keep must be longer than zero, such as 30d");
    }
  }

  /**
   * Reads the section ({@code usher.yaml}'s {@code questions:}); absent: the default. A key outside
   * {@link #KEYS} is ignored here; {@code ./usher check} reports it.
   *
   * @throws SettingsException naming the key that is wrong
   */
  public static QuestionLogSettings read(Map<String, Object> section) {
    Object keep = section.get("keep");
    return new QuestionLogSettings(
        keep == null
            ? DEFAULT_KEEP
            : ReminderSettingsReader.duration(String.valueOf(keep), "questions.keep"));
  }
}
