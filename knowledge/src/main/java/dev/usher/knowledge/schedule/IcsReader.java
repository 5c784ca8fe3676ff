package dev.usher.knowledge.schedule;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * iCalendar files. ical4j rejects a whole file for one bad property, so when that happens the file
 * is read again one VEVENT at a time (each with the calendar's own header and time zones): a bad
 * event then costs only itself, and is reported.
 */
final class IcsReader implements FormatReader {
  private static final String MINIMAL_HEADER =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//usher//EN\r\n";
  private static final String END = "END:VCALENDAR\r\n";

  /**
   * Why the bytes are not UTF-8, which RFC 5545 requires: a Latin-1 or Windows-1252 export decoded
   * as UTF-8 would put replacement characters into titles and rooms without a word.
   */
  private static Optional<String> notUtf8(byte[] content) {
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(content);
    CoderResult result = strict.decode(bytes, CharBuffer.allocate(content.length), true);
    if (!result.isError()) {
      return Optional.empty();
    }
    int at = bytes.position();
    int line = 1;
    for (int i = 0; i < at; i++) {
      line += content[i] == '\n' ? 1 : 0;
    }
    return Optional.of(
        String.format(
            "not UTF-8 (byte 0x%02X on line %d): iCalendar files are UTF-8; save it as UTF-8"
                + " (it may be Latin-1 or Windows-1252), no sessions read",
            content[at] & 0xFF, line));
  }

  @Override
  public ScheduleReading read(byte[] content, String displayPath, ZoneId defaultZone) {
    Optional<String> notUtf8 = notUtf8(content);
    if (notUtf8.isPresent()) {
      return ScheduleReading.failed(displayPath, notUtf8.get());
    }
    String text = new String(content, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
    SessionCollector collector = new SessionCollector(displayPath);
    if (text.isBlank()) {
      collector.problem("", "the file is empty, no sessions");
      return collector.reading(Optional.empty(), Optional.empty());
    }
    String upper = text.strip().toUpperCase(java.util.Locale.ROOT);
    // A calendar that begins but never ends was cut short (a dropped download, a full disk).
    if (upper.startsWith("BEGIN:VCALENDAR") && !upper.endsWith("END:VCALENDAR")) {
      collector.cut("", "the file does not end with END:VCALENDAR, it may be truncated");
    }
    Calendar calendar;
    List<VEvent> events;
    try {
      calendar = parse(text);
      events = calendar.getComponents(Component.VEVENT);
    } catch (ParserException | IOException | RuntimeException whole) {
      Blocks blocks = Blocks.of(text);
      if (blocks.events().isEmpty()) {
        collector.problem("", "not a readable iCalendar file: " + reason(whole));
        return collector.reading(Optional.empty(), Optional.empty());
      }
      calendar = header(blocks, collector);
      String header = blocks.header().isEmpty() ? MINIMAL_HEADER : blocks.header();
      events = new ArrayList<>();
      for (Block block : blocks.events()) {
        try {
          events.addAll(parse(header + block.text() + END).<VEvent>getComponents(Component.VEVENT));
        } catch (ParserException | IOException | RuntimeException e) {
          collector.problem(block.describe(), "unreadable event, skipped: " + reason(e));
        }
      }
    }
    new IcsEventReader(defaultZone, collector).addAll(events);
    return collector.reading(declaredZone(calendar, collector), name(calendar));
  }

  private static Calendar header(Blocks blocks, SessionCollector collector) {
    try {
      return parse((blocks.header().isEmpty() ? MINIMAL_HEADER : blocks.header()) + END);
    } catch (ParserException | IOException | RuntimeException e) {
      collector.problem(
          "calendar header", "unreadable, events read without its time zones: " + reason(e));
      blocks.dropHeader();
      try {
        return parse(MINIMAL_HEADER + END);
      } catch (ParserException | IOException minimal) {
        throw new IllegalStateException("ical4j cannot read a minimal calendar", minimal);
      }
    }
  }

  private static Calendar parse(String text) throws ParserException, IOException {
    return new CalendarBuilder().build(new StringReader(text));
  }

  private static String reason(Exception e) {
    // ParserException's own message numbers lines of what ical4j was given, not of the file.
    Throwable cause = e instanceof ParserException && e.getCause() != null ? e.getCause() : e;
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }

  private static Optional<String> name(Calendar calendar) {
    return calendar
        .<Property>getProperty("X-WR-CALNAME")
        .or(() -> calendar.getProperty("NAME"))
        .flatMap(p -> SessionCollector.nonBlank(p.getValue()));
  }

  /** X-WR-TIMEZONE, else the calendar's only VTIMEZONE when it has a known zone id. */
  private static Optional<ZoneId> declaredZone(Calendar calendar, SessionCollector collector) {
    Optional<String> wr =
        calendar
            .<Property>getProperty("X-WR-TIMEZONE")
            .flatMap(p -> SessionCollector.nonBlank(p.getValue()));
    if (wr.isPresent()) {
      Optional<ZoneId> zone = knownZone(wr.get());
      if (zone.isEmpty()) {
        collector.problem("", "X-WR-TIMEZONE '" + wr.get() + "' is not a known zone, ignored");
      }
      return zone;
    }
    Set<ZoneId> defined = new LinkedHashSet<>();
    for (VTimeZone tz : calendar.<VTimeZone>getComponents(Component.VTIMEZONE)) {
      tz.<Property>getProperty(Property.TZID)
          .flatMap(p -> knownZone(p.getValue()))
          .ifPresent(defined::add);
    }
    return defined.size() == 1 ? Optional.of(defined.iterator().next()) : Optional.empty();
  }

  static Optional<ZoneId> knownZone(String id) {
    try {
      return Optional.of(ZoneId.of(id.strip()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** One VEVENT's lines, and the line of the file it starts on. */
  record Block(int line, String text) {
    String describe() {
      String uid =
          text.lines()
              .filter(l -> l.toUpperCase(Locale.ROOT).startsWith("UID:"))
              .map(l -> " (UID " + l.substring(4).strip() + ")")
              .findFirst()
              .orElse("");
      return "event at line " + line + uid;
    }
  }

  /** The file cut into its VEVENTs and everything else (the header, with the time zones). */
  static final class Blocks {
    private final StringBuilder header = new StringBuilder();
    private final List<Block> events = new ArrayList<>();

    static Blocks of(String text) {
      Blocks blocks = new Blocks();
      StringBuilder current = null;
      int start = 0;
      String[] lines = text.split("\\R", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        String upper = line.strip().toUpperCase(Locale.ROOT);
        if (current == null && upper.equals("BEGIN:VEVENT")) {
          current = new StringBuilder();
          start = i + 1;
        }
        if (current != null) {
          current.append(line).append("\r\n");
          if (upper.equals("END:VEVENT")) {
            blocks.events.add(new Block(start, current.toString()));
            current = null;
          }
        } else if (!upper.equals("END:VCALENDAR") && !line.isEmpty()) {
          blocks.header.append(line).append("\r\n");
        }
      }
      if (current != null) {
        // An unterminated last event is still offered to the parser, which then reports it.
        blocks.events.add(new Block(start, current.toString()));
      }
      return blocks;
    }

    String header() {
      return header.toString();
    }

    void dropHeader() {
      header.setLength(0);
    }

    List<Block> events() {
      return events;
    }
  }
}
