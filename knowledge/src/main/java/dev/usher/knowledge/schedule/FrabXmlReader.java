package dev.usher.knowledge.schedule;

import dev.usher.core.conference.Session;
import dev.usher.knowledge.io.ReadFailure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The frab XML schedule ({@code schedule/day/room/event}), as exported by frab, pretalx and the
 * CCC, and the older Pentabarf layout (FOSDEM until 2024) whose events have a time but no date.
 * DTDs and external entities are refused: a schedule never needs them, and they are the way XML
 * files read local files or the network.
 */
final class FrabXmlReader implements FormatReader {
  private static final Logger LOG = LoggerFactory.getLogger(FrabXmlReader.class);

  @Override
  public ScheduleReading read(byte[] content, String displayPath, ZoneId defaultZone) {
    Document document;
    try {
      document = newBuilder().parse(new ByteArrayInputStream(content));
    } catch (SAXParseException e) {
      return ScheduleReading.failed(
          displayPath,
          "not valid XML (line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + "): "
              + e.getMessage());
    } catch (SAXException | IOException e) {
      return ScheduleReading.failed(displayPath, "not valid XML: " + ReadFailure.describe(e));
    }
    SessionCollector collector = new SessionCollector(displayPath);
    Element root = document.getDocumentElement();
    if (!root.getTagName().equals("schedule")) {
      collector.problem("", "root element is <" + root.getTagName() + ">, not a frab <schedule>");
      return collector.reading(Optional.empty(), Optional.empty());
    }
    Optional<Element> conference = child(root, "conference");
    Optional<ZoneId> named = conference.flatMap(c -> zone(c, collector));
    DayClock clock = new DayClock(named, defaultZone, dayChange(conference, collector));
    NodeList events = root.getElementsByTagName("event");
    Optional<ZoneId> firstOffset = Optional.empty();
    for (int i = 0; i < events.getLength(); i++) {
      Optional<ZonedDateTime> start = addEvent((Element) events.item(i), clock, collector);
      if (firstOffset.isEmpty()) {
        firstOffset = start.map(ZonedDateTime::getZone);
      }
    }
    Optional<ZoneId> declared = named.isPresent() ? named : firstOffset;
    return collector.reading(declared, conference.flatMap(c -> childText(c, "title")));
  }

  /** Adds one event; returns its start when it had a readable one. */
  private static Optional<ZonedDateTime> addEvent(
      Element event, DayClock clock, SessionCollector collector) {
    String id = event.getAttribute("id").strip();
    String title = childText(event, "title").orElse("");
    String where = "event " + (id.isEmpty() ? "'" + title + "'" : id);
    if (id.isEmpty()) {
      collector.problem(where, "has no id attribute, skipped");
      return Optional.empty();
    }
    ZonedDateTime start;
    ZonedDateTime end;
    try {
      start = start(event, clock);
      end =
          start.plus(
              ScheduleTimes.duration(
                  childText(event, "duration")
                      .orElseThrow(() -> new DateTimeException("no <duration>"))));
    } catch (DateTimeException e) {
      collector.problem(where, "unreadable date or duration (" + e.getMessage() + "), skipped");
      return Optional.empty();
    }
    List<String> speakers = new ArrayList<>();
    child(event, "persons")
        .ifPresent(
            persons -> children(persons, "person").forEach(p -> text(p).ifPresent(speakers::add)));
    var url = childText(event, "url").flatMap(u -> collector.url(where, u));
    String description =
        SessionCollector.description(
            childText(event, "abstract").orElse(""), childText(event, "description").orElse(""));
    String guid = event.getAttribute("guid").strip();
    collector.addOccurrence(
        where,
        guid,
        id,
        start,
        end,
        sessionId ->
            new Session(
                sessionId,
                title,
                start,
                end,
                childText(event, "room").or(() -> roomOf(event)),
                childText(event, "track"),
                speakers,
                description,
                url));
    return childText(event, "date").isPresent() ? Optional.of(start) : Optional.empty();
  }

  /**
   * The event's start: its own {@code <date>} (frab), or else the Pentabarf layout FOSDEM used
   * until 2024, a {@code <start>} time under a {@code <day date=...>}.
   */
  private static ZonedDateTime start(Element event, DayClock clock) {
    Optional<String> date = childText(event, "date");
    if (date.isPresent()) {
      OffsetDateTime at = OffsetDateTime.parse(date.get());
      return clock.zone().map(at::atZoneSameInstant).orElseGet(at::toZonedDateTime);
    }
    String time =
        childText(event, "start")
            .orElseThrow(() -> new DateTimeException("neither <date> nor <start>"));
    String day =
        enclosingDay(event)
            .map(d -> d.getAttribute("date").strip())
            .filter(d -> !d.isEmpty())
            .orElseThrow(() -> new DateTimeException("no <date>, and no dated <day> around it"));
    return clock.at(LocalDate.parse(day), LocalTime.parse(time));
  }

  private static Optional<Element> enclosingDay(Element event) {
    for (Node n = event.getParentNode(); n != null; n = n.getParentNode()) {
      if (n instanceof Element e && e.getTagName().equals("day")) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * How a conference day's times become instants: in the file's named zone (or the conference
   * zone), and frab's {@code day_change}: a time before it belongs to the morning after the day's
   * date, as a day of talks runs past midnight.
   */
  private record DayClock(
      Optional<ZoneId> zone, ZoneId defaultZone, Optional<LocalTime> dayChange) {
    ZonedDateTime at(LocalDate day, LocalTime time) {
      LocalDate date = dayChange.filter(time::isBefore).isPresent() ? day.plusDays(1) : day;
      return ZonedDateTime.of(date, time, zone.orElse(defaultZone));
    }
  }

  private static Optional<LocalTime> dayChange(
      Optional<Element> conference, SessionCollector collector) {
    Optional<String> text = conference.flatMap(c -> childText(c, "day_change"));
    try {
      return text.map(LocalTime::parse);
    } catch (DateTimeException e) {
      collector.problem("", "day_change '" + text.orElseThrow() + "' is not a time, ignored");
      return Optional.empty();
    }
  }

  /** Older exports name the room only on the enclosing {@code <room name=...>}. */
  private static Optional<String> roomOf(Element event) {
    return event.getParentNode() instanceof Element room && room.getTagName().equals("room")
        ? SessionCollector.nonBlank(room.getAttribute("name"))
        : Optional.empty();
  }

  private static Optional<ZoneId> zone(Element conference, SessionCollector collector) {
    Optional<String> name = childText(conference, "time_zone_name");
    try {
      return name.map(ZoneId::of);
    } catch (DateTimeException e) {
      collector.problem(
          "", "time_zone_name '" + name.orElseThrow() + "' is not a known zone, ignored");
      return Optional.empty();
    }
  }

  private static DocumentBuilder newBuilder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      // The default handler prints to stderr; errors are reported as problems instead.
      builder.setErrorHandler(
          new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
              LOG.debug("XML warning at line {}: {}", e.getLineNumber(), e.getMessage());
            }

            @Override
            public void error(SAXParseException e) throws SAXParseException {
              throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
              throw e;
            }
          });
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }

  private static Optional<Element> child(Element parent, String name) {
    return children(parent, name).stream().findFirst();
  }

  private static Optional<String> childText(Element parent, String name) {
    return child(parent, name).flatMap(FrabXmlReader::text);
  }

  private static Optional<String> text(Element element) {
    return SessionCollector.nonBlank(element.getTextContent());
  }
}
