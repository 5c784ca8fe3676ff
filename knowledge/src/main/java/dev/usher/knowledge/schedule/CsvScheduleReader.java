package dev.usher.knowledge.schedule;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvReadException;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.usher.knowledge.io.ReadFailure;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Usher's own CSV format: a header row naming the columns (any order, any case), one session per
 * row, speakers separated by semicolons. Rows are numbered from 1 after the header.
 */
final class CsvScheduleReader implements FormatReader {
  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .enable(CsvParser.Feature.TRIM_SPACES)
          .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
          .enable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
          .build();
  private static final CsvSchema HEADER = CsvSchema.emptySchema().withHeader();

  @Override
  public ScheduleReading read(byte[] content, String displayPath, ZoneId defaultZone) {
    SessionCollector collector = new SessionCollector(displayPath);
    int row = 0;
    try (MappingIterator<Map<String, String>> rows =
        MAPPER.readerForMapOf(String.class).with(HEADER).readValues(content)) {
      if (!rows.hasNextValue()) {
        collector.problem("", "the file is empty, no sessions");
        return collector.reading(Optional.empty(), Optional.empty());
      }
      if (!hasRequiredColumns(rows, collector)) {
        return collector.reading(Optional.empty(), Optional.empty());
      }
      while (rows.hasNextValue()) {
        row++;
        Map<String, String> values;
        try {
          values = rows.nextValue();
        } catch (CsvReadException e) {
          // A row with more fields than the header (an unquoted comma) is one bad row: report it
          // and go on with the next line, as RFC 4180 rows are independent.
          collector.problem(
              "row " + row,
              "not valid CSV: " + e.getOriginalMessage() + YamlScheduleReader.at(e) + ", skipped");
          skipRestOfRow(rows);
          continue;
        }
        entry(values).addTo(collector, "row " + row + idOf(values), defaultZone);
      }
    } catch (JacksonException e) {
      collector.cut(
          "row " + (row + 1),
          "not valid CSV: "
              + e.getOriginalMessage()
              + YamlScheduleReader.at(e)
              + "; this and the following rows were not read");
    } catch (IOException e) {
      collector.cut("", "could not be read: " + ReadFailure.describe(e));
    }
    return collector.reading(Optional.empty(), Optional.empty());
  }

  /** Moves the parser past the fields of a refused row that it has not read yet. */
  private static void skipRestOfRow(MappingIterator<Map<String, String>> rows) throws IOException {
    var parser = rows.getParser();
    while (parser.currentToken() != null
        && parser.currentToken() != com.fasterxml.jackson.core.JsonToken.END_OBJECT) {
      parser.nextToken();
    }
  }

  private static boolean hasRequiredColumns(
      MappingIterator<Map<String, String>> rows, SessionCollector collector) {
    CsvSchema schema = (CsvSchema) rows.getParserSchema();
    List<String> columns = new ArrayList<>();
    schema.forEach(column -> columns.add(column.getName().strip().toLowerCase(Locale.ROOT)));
    List<String> missing =
        SimpleEntry.REQUIRED.stream().filter(name -> !columns.contains(name)).toList();
    if (missing.isEmpty()) {
      return true;
    }
    collector.problem(
        "header",
        "missing column(s) "
            + String.join(", ", missing)
            + " (the first line must name the columns: id,title,start,end,...), no sessions read");
    return false;
  }

  private static SimpleEntry entry(Map<String, String> values) {
    Map<String, String> fields = new HashMap<>();
    List<String> speakers = new ArrayList<>();
    values.forEach(
        (key, value) -> {
          String name = key.strip().toLowerCase(Locale.ROOT);
          if (value == null) {
            return;
          }
          if (name.equals("speakers")) {
            speakers.addAll(SimpleEntry.splitSpeakers(value));
          } else {
            fields.put(name, value);
          }
        });
    return new SimpleEntry(fields, speakers);
  }

  private static String idOf(Map<String, String> values) {
    return values.entrySet().stream()
        .filter(e -> e.getKey().strip().equalsIgnoreCase("id") && e.getValue() != null)
        .map(e -> e.getValue().strip())
        .filter(id -> !id.isEmpty())
        .findFirst()
        .map(id -> " (id " + id + ")")
        .orElse("");
  }
}
