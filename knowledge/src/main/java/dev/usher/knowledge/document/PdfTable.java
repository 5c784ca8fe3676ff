package dev.usher.knowledge.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows of a table in extracted PDF text, their cells parted by tabs (see {@link PdfPages}), as
 * lines of "a | b". A row of column names without digits over rows of as many cells names each
 * value ("Room: Hall A"), so a row quoted alone still says what its values are.
 */
final class PdfTable {
  private PdfTable() {}

  static String rows(String text) {
    List<String> out = new ArrayList<>();
    List<String> header = List.of();
    boolean headerUsed = false;
    for (String line : text.split("\n", -1)) {
      if (!line.contains("\t")) {
        if (!line.isBlank()) {
          if (!headerUsed && !header.isEmpty()) {
            out.add(String.join(" | ", header));
          }
          header = List.of();
        }
        out.add(line);
        continue;
      }
      List<String> cells =
          Arrays.stream(line.split("\\s*\\t\\s*"))
              .map(String::strip)
              .filter(c -> !c.isEmpty())
              .toList();
      if (header.isEmpty()
          && cells.size() > 1
          && cells.stream().noneMatch(c -> c.matches(".*\\d.*"))) {
        header = cells;
        headerUsed = false;
        continue;
      }
      headerUsed = headerUsed || cells.size() == header.size();
      out.add(cells.size() == header.size() ? labelled(header, cells) : String.join(" | ", cells));
    }
    if (!headerUsed && !header.isEmpty()) {
      out.add(String.join(" | ", header));
    }
    return String.join("\n", out);
  }

  private static String labelled(List<String> header, List<String> cells) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      pairs.add(header.get(i) + ": " + cells.get(i));
    }
    return String.join(" | ", pairs);
  }
}
