package dev.usher.knowledge.schedule;

import dev.usher.core.conference.Session;
import dev.usher.core.knowledge.IngestReport;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Gathers the sessions and problems of one file: keeps the first session of each id (or of each key
 * the format declares unique, see {@link #addOccurrence}), and turns every skipped entry into a
 * problem so nothing is dropped silently. Not thread-safe.
 */
final class SessionCollector {
  private final String displayPath;
  private final List<Session> sessions = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private final List<IngestReport.Problem> problems = new ArrayList<>();
  private final List<Occurrence> occurrences = new ArrayList<>();
  private final Set<String> occurrenceKeys = new HashSet<>();
  private boolean complete = true;

  /** An entry whose final session id is known only once every entry of the file has been seen. */
  private record Occurrence(
      String where,
      String id,
      ZonedDateTime start,
      ZonedDateTime end,
      Function<String, Session> session) {}

  SessionCollector(String displayPath) {
    this.displayPath = displayPath;
  }

  /** Records a problem; {@code where} names the entry ("event 6561", "row 3"), or is empty. */
  void problem(String where, String reason) {
    problems.add(
        new IngestReport.Problem(displayPath, where.isEmpty() ? reason : where + ": " + reason));
  }

  /**
   * Records that the file could not be read past some point, and why: the reading is incomplete.
   */
  void cut(String where, String reason) {
    problem(where, reason);
    complete = false;
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

  /**
   * Adds an entry of a format whose ids need not be unique: frab gives a meetup held on several
   * days one {@code id} but a new {@code guid} each day. What the format says is unique keys an
   * entry: its {@code guid}, or (blank guid) its id and start; a second entry with the same key is
   * reported and skipped. When several kept entries share an id, each gets the id {@code id@start}
   * (local date-time), so ids stay unique and stable however the entries are ordered.
   *
   * @param session builds the session from its final id
   */
  void addOccurrence(
      String where,
      String guid,
      String id,
      ZonedDateTime start,
      ZonedDateTime end,
      Function<String, Session> session) {
    String key = guid.isBlank() ? "id " + id + " and start " + start : "guid " + guid.strip();
    if (!occurrenceKeys.add(key)) {
      problem(where, "appears twice (same " + key + "), only the first one is kept");
      return;
    }
    occurrences.add(new Occurrence(where, id, start, end, session));
  }

  private void addOccurrences() {
    Map<String, Integer> perId = new HashMap<>();
    occurrences.forEach(o -> perId.merge(o.id(), 1, Integer::sum));
    for (Occurrence o : occurrences) {
      String id =
          perId.getOrDefault(o.id(), 1) > 1 ? o.id() + "@" + o.start().toLocalDateTime() : o.id();
      add(o.where(), o.start(), o.end(), () -> o.session().apply(id));
    }
    occurrences.clear();
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
    addOccurrences();
    return new ScheduleReading(sessions, declaredZone, conferenceName, problems, complete);
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
