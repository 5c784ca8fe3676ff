package dev.usher.knowledge.schedule;

import dev.usher.core.knowledge.IngestReport;
import dev.usher.core.schedule.Session;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Gathers the sessions and problems of one file: keeps the first session of each id, and turns
 * every skipped entry into a problem so nothing is dropped silently. Not thread-safe.
 */
final class SessionCollector {
  private final String displayPath;
  private final List<Session> sessions = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private final List<IngestReport.Problem> problems = new ArrayList<>();

  SessionCollector(String displayPath) {
    this.displayPath = displayPath;
  }

  /** Records a problem; {@code where} names the entry ("event 6561", "row 3"), or is empty. */
  void problem(String where, String reason) {
    problems.add(
        new IngestReport.Problem(displayPath, where.isEmpty() ? reason : where + ": " + reason));
  }

  /**
   * Adds the session unless its end is before its start or its id was seen before; both are
   * reported. The session is built lazily so a violated {@link Session} invariant is reported too.
   */
  void add(String where, ZonedDateTime start, ZonedDateTime end, Supplier<Session> session) {
    if (end.isBefore(start)) {
      problem(where, "ends (" + end + ") before it starts (" + start + "), skipped");
      return;
    }
    Session built;
    try {
      built = session.get();
    } catch (IllegalArgumentException e) {
      problem(where, e.getMessage() + ", skipped");
      return;
    }
    if (!ids.add(built.id())) {
      problem(where, "duplicate id '" + built.id() + "', only the first one is kept");
      return;
    }
    sessions.add(built);
  }

  /** An absolute http(s) URL, or empty (and a problem) when the text is not one. */
  Optional<URI> url(String where, String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(trimmed);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // reported below, like any other unusable URL
    }
    problem(where, "url '" + trimmed + "' is not an http(s) URL, session kept without it");
    return Optional.empty();
  }

  ScheduleReading reading(Optional<ZoneId> declaredZone, Optional<String> conferenceName) {
    return new ScheduleReading(sessions, declaredZone, conferenceName, problems);
  }

  static Optional<String> nonBlank(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
  }

  /** The abstract and the description, separated by a blank line when both are given. */
  static String description(String summary, String details) {
    String a = summary.strip();
    String d = details.strip();
    if (a.isEmpty() || d.isEmpty() || a.equals(d)) {
      return a.isEmpty() ? d : a;
    }
    return a + "\n\n" + d;
  }
}
