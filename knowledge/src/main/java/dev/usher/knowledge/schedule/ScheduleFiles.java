package dev.usher.knowledge.schedule;

import dev.usher.core.knowledge.IngestReport;
import dev.usher.knowledge.io.ReadFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads schedule files, choosing the format by file extension: iCalendar ({@code .ics}), pretalx or
 * frab JSON ({@code .json}), frab XML ({@code .xml}) and Usher's own YAML ({@code .yaml}, {@code
 * .yml}) and CSV ({@code .csv}). Stateless and thread-safe.
 */
public final class ScheduleFiles {
  private static final Map<String, FormatReader> READERS =
      Map.of(
          "ics", new IcsReader(),
          "json", new PretalxJsonReader(),
          "xml", new FrabXmlReader(),
          "yaml", new YamlScheduleReader(),
          "yml", new YamlScheduleReader(),
          "csv", new CsvScheduleReader());

  private ScheduleFiles() {}

  /** True for {@code .ics, .json, .xml, .yaml, .yml, .csv} files (any case). */
  public static boolean isScheduleFile(Path file) {
    Objects.requireNonNull(file, "file");
    return reader(file).isPresent();
  }

  /**
   * Reads one schedule file. Never throws for bad content: each event, row or part of the file that
   * cannot be read becomes a problem naming {@code displayPath}, and the good sessions are kept. A
   * file whose extension is not a schedule format (see {@link #isScheduleFile}) is reported the
   * same way, and so is a file that yields no session at all. Session ids are unique within the
   * result: entries are keyed by what their format says is unique (frab's guid, else id and start;
   * the id for Usher's own formats), the first of duplicates is kept and the rest reported; frab
   * entries that share an id but not a guid get the id {@code id@start} each.
   *
   * @param file the file to read
   * @param displayPath what problems name, normally the path relative to the conference folder
   * @param defaultZone the conference zone, used for times written without an offset or zone
   */
  public static ScheduleReading read(Path file, String displayPath, ZoneId defaultZone) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(displayPath, "displayPath");
    Objects.requireNonNull(defaultZone, "defaultZone");
    // Checked before reading, so that a file of another kind is never read whole.
    if (reader(file).isEmpty()) {
      return notASchedule(displayPath);
    }
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      return ScheduleReading.failed(displayPath, "could not be read: " + ReadFailure.describe(e));
    }
    return read(file, content, displayPath, defaultZone);
  }

  /**
   * Reads one schedule file as {@link #read(Path, String, ZoneId)} does, from {@code content}
   * already read from it (to hash it, say): what is parsed is then what was read.
   */
  public static ScheduleReading read(
      Path file, byte[] content, String displayPath, ZoneId defaultZone) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(displayPath, "displayPath");
    Objects.requireNonNull(defaultZone, "defaultZone");
    Optional<FormatReader> reader = reader(file);
    if (reader.isEmpty()) {
      return notASchedule(displayPath);
    }
    if (content.length == 0) {
      return ScheduleReading.failed(displayPath, "the file is empty, no sessions");
    }
    return withNoSessionsReported(
        reader.get().read(content, displayPath, defaultZone), displayPath);
  }

  private static ScheduleReading notASchedule(String displayPath) {
    return ScheduleReading.failed(
        displayPath, "not a schedule format; use .ics, .json, .xml, .yaml, .yml or .csv");
  }

  /**
   * Reads a schedule held in memory (a fetched copy), as {@link #read(Path, String, ZoneId)} reads
   * a file.
   *
   * @param format the format's file extension without the dot: {@code ics}, {@code json}, {@code
   *     xml}, {@code yaml}, {@code yml} or {@code csv}
   * @throws IllegalArgumentException for another format
   */
  public static ScheduleReading read(
      byte[] content, String format, String displayPath, ZoneId defaultZone) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(displayPath, "displayPath");
    Objects.requireNonNull(defaultZone, "defaultZone");
    FormatReader reader = READERS.get(format);
    if (reader == null) {
      throw new IllegalArgumentException("format: not a schedule format: " + format);
    }
    if (content.length == 0) {
      return ScheduleReading.failed(displayPath, "empty, no sessions");
    }
    return withNoSessionsReported(reader.read(content, displayPath, defaultZone), displayPath);
  }

  /**
   * The format of a file or path by its extension ({@code json} for {@code a/b.JSON}), if a
   * schedule's.
   */
  public static Optional<String> formatOf(String name) {
    Objects.requireNonNull(name, "name");
    int dot = name.lastIndexOf('.');
    if (dot < 0 || name.indexOf('/', dot) >= 0) {
      return Optional.empty();
    }
    String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return READERS.containsKey(extension) ? Optional.of(extension) : Optional.empty();
  }

  /**
   * A schedule file that gave no session always has a problem: one that no reader found fault with
   * (a format variant with its events elsewhere, an empty list) would otherwise pass in silence.
   */
  private static ScheduleReading withNoSessionsReported(
      ScheduleReading reading, String displayPath) {
    if (!reading.sessions().isEmpty() || !reading.problems().isEmpty()) {
      return reading;
    }
    List<IngestReport.Problem> problems = new ArrayList<>(reading.problems());
    problems.add(
        new IngestReport.Problem(displayPath, "no events found, no sessions read from this file"));
    return new ScheduleReading(
        reading.sessions(),
        reading.declaredZone(),
        reading.conferenceName(),
        problems,
        reading.complete());
  }

  private static Optional<FormatReader> reader(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String text = name.toString();
    int dot = text.lastIndexOf('.');
    return dot < 0
        ? Optional.empty()
        : Optional.ofNullable(READERS.get(text.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }
}
