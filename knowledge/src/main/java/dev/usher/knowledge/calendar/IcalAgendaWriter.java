package dev.usher.knowledge.calendar;

import dev.usher.core.agenda.CalendarWriter;
import dev.usher.core.conference.Session;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;

/**
 * An agenda as an iCalendar file: one VEVENT per session with its local times in the conference's
 * zone and that zone's VTIMEZONE (so calendars keep the times right across a DST change), a UID
 * made of the session's schedule id (importing the file again updates the events instead of copying
 * them), the room as LOCATION and the speakers and abstract as DESCRIPTION. A zone ical4j has no
 * definition for (a fixed offset) is written in UTC. No METHOD: the file is for importing, not an
 * iTIP invitation (which would need an ORGANIZER). Thread-safe.
 */
public final class IcalAgendaWriter implements CalendarWriter {
  static final String PRODUCT = "-//Usher//Agenda//EN";

  private final Clock clock;

  /**
   * @param clock when the file is made: every event's DTSTAMP
   */
  public IcalAgendaWriter(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String write(String name, List<Session> sessions, ZoneId zone) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(zone, "zone");
    TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    @Nullable TimeZone timeZone =
        zone instanceof ZoneOffset ? null : registry.getTimeZone(zone.getId());
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new XProperty("X-WR-CALNAME", name));
    if (timeZone != null) {
      calendar.add(timeZone.getVTimeZone());
      calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
    }
    String domain = uidDomain(name);
    for (Session session : sessions) {
      calendar.add(event(session, timeZone == null ? null : zone, domain));
    }
    return calendar.toString();
  }

  /**
   * {@code zone} absent: times in UTC, for a zone iCalendar has no VTIMEZONE of (a fixed offset).
   */
  private VEvent event(Session session, @Nullable ZoneId zone, String domain) {
    Temporal start =
        zone == null ? session.start().toInstant() : session.start().withZoneSameInstant(zone);
    Temporal end =
        zone == null ? session.end().toInstant() : session.end().withZoneSameInstant(zone);
    VEvent event = new VEvent(start, end, session.title());
    event.add(new Uid(URLEncoder.encode(session.id(), StandardCharsets.UTF_8) + "@" + domain));
    // The event comes with a DTSTAMP of the system clock; the file's is the injected clock's.
    event.replace(new DtStamp(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    session.room().ifPresent(room -> event.add(new Location(room)));
    String speakers = String.join(", ", session.speakers());
    String description = (speakers.isEmpty() ? "" : speakers + "\n\n") + session.description();
    if (!description.isBlank()) {
      event.add(new Description(description.strip()));
    }
    session.url().ifPresent(url -> event.add(new Url(url)));
    return event;
  }

  /** The conference's name as a host name, so that UIDs of two conferences never meet. */
  static String uidDomain(String name) {
    String slug =
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return (slug.isEmpty() ? "agenda" : slug) + ".usher";
  }
}
