package dev.usher.knowledge.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of one Markdown paragraph as blocks. Wrapped lines are joined, as a Markdown renderer
 * joins them, so a sentence is not cut at a line end; real line structure is kept: each list item
 * and each table row is a block of its own, and a hard break (two spaces or a backslash at the end
 * of a line) or a "Q:" / "A:" line starts a new line.
 */
final class MarkdownLines {
  private static final Pattern ITEM = Pattern.compile("^\\s*([-*+]|\\d{1,3}[.)])\\s+(.*)$");
  private static final Pattern ROW = Pattern.compile("^\\s*\\|.*");
  private static final Pattern SEPARATOR_ROW =
      Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
  private static final Pattern QA =
      Pattern.compile("^\\s*(Q|A|Question|Answer)\\s*:\\s+.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern QUOTE = Pattern.compile("^\\s*(>\\s?)+");

  private MarkdownLines() {}

  static boolean isItem(String line) {
    return ITEM.matcher(line).matches();
  }

  static List<Block> blocks(List<String> rawLines) {
    List<Block> blocks = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    boolean inItem = false;
    boolean hardBreak = false;
    for (String raw : rawLines) {
      String line = QUOTE.matcher(raw).replaceFirst("");
      if (ROW.matcher(line).matches()
          || (!rows.isEmpty() && SEPARATOR_ROW.matcher(line).matches())) {
        addText(text, blocks);
        rows.add(line);
        continue;
      }
      addRows(rows, blocks);
      var item = ITEM.matcher(line);
      if (item.matches()) {
        addText(text, blocks);
        String marker = item.group(1);
        text.append(Character.isDigit(marker.charAt(0)) ? marker + " " : "• ")
            .append(item.group(2).strip());
        inItem = true;
      } else if (text.isEmpty()) {
        text.append(line.strip());
      } else if (QA.matcher(line).matches() || hardBreak) {
        if (inItem) {
          addText(text, blocks);
          inItem = false;
        }
        text.append(text.isEmpty() ? "" : "\n").append(line.strip());
      } else {
        // A wrapped line, of a paragraph or of a list item: the same line, as rendered.
        text.append(' ').append(line.strip());
      }
      hardBreak = raw.endsWith("  ") || raw.endsWith("\\");
      if (raw.endsWith("\\")) {
        text.setLength(text.length() - 1);
      }
    }
    addText(text, blocks);
    addRows(rows, blocks);
    return blocks;
  }

  private static void addText(StringBuilder text, List<Block> blocks) {
    String plain = MarkdownInline.text(text.toString()).strip();
    if (!plain.replace("•", "").isBlank()) {
      blocks.add(Block.paragraph(plain));
    }
    text.setLength(0);
  }

  /** Rows as "Column: value" cells when a header row heads them, as {@link HtmlTable} does. */
  private static void addRows(List<String> rows, List<Block> blocks) {
    if (rows.isEmpty()) {
      return;
    }
    List<String> header = List.of();
    boolean headed = rows.size() > 1 && SEPARATOR_ROW.matcher(rows.get(1)).matches();
    for (int i = 0; i < rows.size(); i++) {
      if (SEPARATOR_ROW.matcher(rows.get(i)).matches()) {
        continue;
      }
      List<String> cells = cells(rows.get(i));
      if (headed && i == 0) {
        header = cells;
        continue;
      }
      List<String> parts = new ArrayList<>();
      for (int c = 0; c < cells.size(); c++) {
        String name = c < header.size() ? header.get(c) : "";
        if (!cells.get(c).isBlank()) {
          parts.add(name.isBlank() ? cells.get(c) : name + ": " + cells.get(c));
        }
      }
      if (!parts.isEmpty()) {
        blocks.add(Block.paragraph(String.join(" | ", parts)));
      }
    }
    rows.clear();
  }

  private static List<String> cells(String row) {
    String inner = row.strip().replaceAll("^\\|", "").replaceAll("(?<!\\\\)\\|$", "");
    List<String> cells = new ArrayList<>();
    for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
      cells.add(MarkdownInline.text(cell.replace("\\|", "|").strip()).replace('\n', ' '));
    }
    return cells;
  }
}
