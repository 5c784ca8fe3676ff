package dev.usher.core.questions;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How far back a report looks: {@code 30m}, {@code 12h}, {@code 1d} or {@code 2w}. */
public final class ReportWindow {
  private static final Pattern WINDOW = Pattern.compile("(\\d{1,6})\\s*([mhdw])");

  private ReportWindow() {}

  /** The window {@code text} names; empty when it names none (or a zero one). */
  public static Optional<Duration> parse(String text) {
    Matcher m = WINDOW.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    long n = Long.parseLong(m.group(1));
    Duration window =
        switch (m.group(2)) {
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          case "d" -> Duration.ofDays(n);
          default -> Duration.ofDays(7 * n);
        };
    return window.isZero() ? Optional.empty() : Optional.of(window);
  }
}
