package dev.usher.knowledge.document;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A table's rows as lines of text. When the table has a header row, each cell is given its column's
 * name ("Room: Hall A"), so a row quoted alone still says what its values are.
 */
final class HtmlTable {
  private HtmlTable() {}

  static List<String> rows(Element table) {
    List<Element> rows = table.select("tr");
    List<String> header = List.of();
    List<String> lines = new ArrayList<>();
    for (Element row : rows) {
      List<Element> cells =
          row.children().stream().filter(c -> c.nameIs("td") || c.nameIs("th")).toList();
      List<String> texts = cells.stream().map(c -> InlineHtml.text(c).replace('\n', ' ')).toList();
      boolean headerRow = !cells.isEmpty() && cells.stream().allMatch(c -> c.nameIs("th"));
      if (headerRow && lines.isEmpty() && header.isEmpty()) {
        header = texts;
      } else if (header.size() == texts.size()) {
        lines.add(labelled(header, texts));
      } else {
        lines.add(joined(texts));
      }
    }
    if (lines.isEmpty() && !header.isEmpty()) {
      lines.add(joined(header));
    }
    return lines;
  }

  static String row(Element row) {
    return joined(row.children().stream().map(c -> InlineHtml.text(c).replace('\n', ' ')).toList());
  }

  private static String labelled(List<String> header, List<String> cells) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String name = header.get(i);
      String value = cells.get(i);
      if (!value.isBlank()) {
        pairs.add(name.isBlank() ? value : name + ": " + value);
      }
    }
    return String.join(" | ", pairs);
  }

  private static String joined(List<String> cells) {
    return String.join(" | ", cells.stream().filter(c -> !c.isBlank()).toList());
  }
}
