package dev.usher.knowledge.schedule;

import dev.usher.core.conference.Session;
import dev.usher.knowledge.io.ReadFailure;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RRule;

/**
 * Turns parsed VEVENTs into sessions: resolves their zones, expands recurrences (bounded) and
 * reports events it cannot use. Not thread-safe; one instance per file.
 */
final class IcsEventReader {
  /** Recurrences are expanded up to this many occurrences, and over at most this many years. */
  static final int MAX_OCCURRENCES = 500;

  private static final int MAX_YEARS = 10;

  private final ZoneId defaultZone;
  private final SessionCollector collector;

  IcsEventReader(ZoneId defaultZone, SessionCollector collector) {
    this.defaultZone = defaultZone;
    this.collector = collector;
  }

  void addAll(List<VEvent> events) {
    // Occurrences replaced by an event with a RECURRENCE-ID are left out of the series.
    Set<String> overridden = new HashSet<>();
    for (VEvent event : events) {
      recurrenceId(event)
          .ifPresent(instant -> overridden.add(uid(event).orElse("") + "#" + instant));
    }
    for (VEvent event : events) {
      try {
        add(event, overridden);
      } catch (RuntimeException e) {
        // ical4j computes some values lazily (zones, recurrences) and throws on bad ones then.
        collector.problem(where(event), "unreadable event, skipped: " + ReadFailure.describe(e));
      }
    }
  }

  private void add(VEvent event, Set<String> overridden) {
    String where = where(event);
    Optional<DateProperty<Temporal>> dtStart = event.getProperty(Property.DTSTART);
    if (dtStart.isEmpty()) {
      collector.problem(where, "has no DTSTART, skipped");
      return;
    }
    Temporal first = dtStart.get().getDate();
    ZoneId zone = zoneOf(dtStart.get());
    ZonedDateTime start = zoned(first, zone);
    TemporalAmount length = length(event, first, start, zone);
    String title = text(event, Property.SUMMARY);
    String uid = uid(event).orElse(title + "@" + start.toInstant());

    Optional<Instant> recurrenceId = recurrenceId(event);
    if (recurrenceId.isPresent()) {
      addOne(where, uid + "#" + recurrenceId.get(), event, start, start.plus(length));
      return;
    }
    if (event.getProperties(Property.RRULE).isEmpty()
        && event.getProperties(Property.RDATE).isEmpty()) {
      addOne(where, uid, event, start, start.plus(length));
      return;
    }
    TreeMap<Instant, ZonedDateTime> occurrences = occurrences(event, first, zone, where);
    for (ZonedDateTime occurrence : occurrences.values()) {
      String id = uid + "#" + occurrence.toInstant();
      if (!overridden.contains(id)) {
        addOne(where + " on " + occurrence, id, event, occurrence, occurrence.plus(length));
      }
    }
  }

  private TreeMap<Instant, ZonedDateTime> occurrences(
      VEvent event, Temporal first, ZoneId zone, String where) {
    TreeMap<Instant, ZonedDateTime> found = new TreeMap<>();
    ZonedDateTime seed = zoned(first, zone);
    found.put(seed.toInstant(), seed);
    for (Property p : event.getProperties(Property.RRULE)) {
      for (Temporal t : expand(((RRule<?>) p).getRecur(), first)) {
        ZonedDateTime z = zoned(t, zone);
        found.put(z.toInstant(), z);
      }
    }
    for (Property p : event.getProperties(Property.RDATE)) {
      RDate<?> rdate = (RDate<?>) p;
      List<Temporal> dates = new ArrayList<>(rdate.getDates());
      rdate
          .getPeriods()
          .ifPresent(periods -> periods.forEach(period -> dates.add(period.getStart())));
      for (Temporal t : dates) {
        ZonedDateTime z = zoned(t, zoneOf(rdate, zone));
        found.put(z.toInstant(), z);
      }
    }
    for (Property p : event.getProperties(Property.EXDATE)) {
      DateListProperty<?> exdate = (DateListProperty<?>) p;
      for (Temporal t : exdate.getDates()) {
        found.remove(zoned(t, zoneOf(exdate, zone)).toInstant());
      }
    }
    if (found.size() > MAX_OCCURRENCES) {
      collector.problem(
          where,
          "recurs "
              + found.size()
              + "+ times; only the first "
              + MAX_OCCURRENCES
              + " occurrences are read");
      while (found.size() > MAX_OCCURRENCES) {
        found.pollLastEntry();
      }
    }
    return found;
  }

  @SuppressWarnings("unchecked")
  private static List<? extends Temporal> expand(Recur<?> recur, Temporal first) {
    Recur<Temporal> typed = (Recur<Temporal>) recur;
    Temporal until = first.plus(MAX_YEARS, ChronoUnit.YEARS);
    return typed.getDates(first, first, until, MAX_OCCURRENCES + 1);
  }

  private void addOne(
      String where, String id, VEvent event, ZonedDateTime start, ZonedDateTime end) {
    Optional<URI> url =
        event.<Property>getProperty(Property.URL).flatMap(p -> collector.url(where, p.getValue()));
    collector.add(
        where,
        start,
        end,
        () ->
            new Session(
                id,
                text(event, Property.SUMMARY),
                start,
                end,
                SessionCollector.nonBlank(text(event, Property.LOCATION)),
                track(event),
                speakers(event),
                text(event, Property.DESCRIPTION),
                url));
  }

  /** DTEND, else DURATION, else a day for all-day events and no time for the others (RFC 5545). */
  private TemporalAmount length(VEvent event, Temporal first, ZonedDateTime start, ZoneId zone) {
    Optional<DateProperty<Temporal>> dtEnd = event.getProperty(Property.DTEND);
    if (dtEnd.isPresent()) {
      Temporal last = dtEnd.get().getDate();
      if (first instanceof LocalDate from && last instanceof LocalDate to) {
        return Period.between(from, to);
      }
      return Duration.between(start, zoned(last, zoneOf(dtEnd.get(), zone)));
    }
    Optional<net.fortuna.ical4j.model.property.Duration> duration =
        event.getProperty(Property.DURATION);
    if (duration.isPresent()) {
      return duration.get().getDuration();
    }
    return first instanceof LocalDate ? Period.ofDays(1) : Duration.ZERO;
  }

  /**
   * The zone a date property's values are shown in: its TZID when that is a known zone id, else the
   * conference zone (for UTC, floating and dates, and for zones only the file defines).
   */
  private ZoneId zoneOf(Property property, ZoneId fallback) {
    Optional<TzId> tzid = property.getParameter(Parameter.TZID);
    if (tzid.isPresent()) {
      return IcsReader.knownZone(tzid.get().getValue()).orElse(defaultZone);
    }
    return fallback;
  }

  private ZoneId zoneOf(DateProperty<?> property) {
    return zoneOf(property, defaultZone);
  }

  /** The value at its own instant, shown in {@code zone}; floating values are read in it. */
  private static ZonedDateTime zoned(Temporal value, ZoneId zone) {
    return switch (value) {
      case ZonedDateTime z -> z.withZoneSameInstant(zone);
      case OffsetDateTime o -> o.atZoneSameInstant(zone);
      case Instant i -> i.atZone(zone);
      case LocalDateTime l -> l.atZone(zone);
      case LocalDate d -> d.atStartOfDay(zone);
      default -> throw new IllegalArgumentException("unsupported date value " + value);
    };
  }

  private Optional<Instant> recurrenceId(VEvent event) {
    Optional<DateProperty<Temporal>> id = event.getProperty(Property.RECURRENCE_ID);
    return id.map(p -> zoned(p.getDate(), zoneOf(p)).toInstant());
  }

  private static Optional<String> track(VEvent event) {
    List<String> categories = new ArrayList<>();
    for (Property p : event.getProperties(Property.CATEGORIES)) {
      ((Categories) p)
          .getCategories()
          .getTexts()
          .forEach(c -> SessionCollector.nonBlank(c).ifPresent(categories::add));
    }
    return categories.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", categories));
  }

  /**
   * Speakers from X-SPEAKER properties (comma-separated names) or attendees with ROLE=CHAIR.
   * ORGANIZER and ordinary attendees are who sent or was invited, not who speaks.
   */
  private static List<String> speakers(VEvent event) {
    List<String> speakers = new ArrayList<>();
    for (Property p : event.getProperties("X-SPEAKER", "X-SPEAKERS")) {
      for (String name : p.getValue().split(",")) {
        SessionCollector.nonBlank(name).ifPresent(speakers::add);
      }
    }
    if (speakers.isEmpty()) {
      for (Property attendee : event.getProperties(Property.ATTENDEE)) {
        boolean chair =
            attendee
                .getParameter(Parameter.ROLE)
                .map(r -> r.getValue().equalsIgnoreCase("CHAIR"))
                .orElse(false);
        if (chair) {
          attendee
              .getParameter(Parameter.CN)
              .flatMap(cn -> SessionCollector.nonBlank(cn.getValue()))
              .ifPresent(speakers::add);
        }
      }
    }
    return speakers;
  }

  private static Optional<String> uid(VEvent event) {
    return event
        .<Property>getProperty(Property.UID)
        .flatMap(p -> SessionCollector.nonBlank(p.getValue()));
  }

  private static String text(VEvent event, String name) {
    return event.<Property>getProperty(name).map(p -> p.getValue().strip()).orElse("");
  }

  private static String where(VEvent event) {
    return "event "
        + uid(event).map(u -> "UID " + u).orElse("'" + text(event, Property.SUMMARY) + "'");
  }
}
