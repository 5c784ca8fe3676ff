package dev.usher.core.schedule;

import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads a frab XML schedule with the JDK's parser, so core tests can run over real schedules. */
final class FrabTestReader {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private FrabTestReader() {}

  static Schedule read(Path file) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    var document = factory.newDocumentBuilder().parse(file.toFile());
    NodeList events = document.getElementsByTagName("event");
    List<Session> sessions = new ArrayList<>();
    for (int i = 0; i < events.getLength(); i++) {
      Element event = (Element) events.item(i);
      ZonedDateTime start =
          ZonedDateTime.parse(text(event, "date"), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
              .withZoneSameInstant(BERLIN);
      LocalTime duration = LocalTime.parse(text(event, "duration"));
      List<String> speakers = new ArrayList<>();
      NodeList persons = event.getElementsByTagName("person");
      for (int p = 0; p < persons.getLength(); p++) {
        speakers.add(persons.item(p).getTextContent().strip());
      }
      sessions.add(
          new Session(
              event.getAttribute("id"),
              text(event, "title").strip(),
              start,
              start.plus(Duration.ofSeconds(duration.toSecondOfDay())),
              Optional.of(text(event, "room")),
              Optional.of(text(event, "track")),
              speakers,
              text(event, "abstract"),
              Optional.empty()));
    }
    return new Schedule(BERLIN, sessions);
  }

  private static String text(Element event, String tag) {
    NodeList nodes = event.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
  }
}
