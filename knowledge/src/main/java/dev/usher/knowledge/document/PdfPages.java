package dev.usher.knowledge.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text page by page, and without its running headers and footers: a line among the first or
 * last {@value #EDGE_LINES} of a page that recurs on at least half the pages, its numbers aside
 * ("Page 3", "3 / 12", "ICML 2026 Handbook 7"), is the page's frame, not its content. Cells of a
 * row set apart by a wide gap are separated by a tab, for {@link PdfTable}.
 */
final class PdfPages {
  static final int EDGE_LINES = 2;

  /** A gap wider than this many spaces between two words parts two table cells. */
  private static final float COLUMN_GAP_SPACES = 2.5f;

  private PdfPages() {}

  static List<String> pages(PDDocument pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
      ColumnStripper stripper = new ColumnStripper();
      stripper.setSortByPosition(true);
      stripper.setParagraphEnd("\n\n");
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      pages.add(stripper.getText(pdf));
    }
    return pages;
  }

  static String withoutRunningLines(List<String> pages) {
    Map<String, Set<Integer>> pagesOf = new HashMap<>();
    List<List<String>> lines = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      List<String> pageLines = pages.get(p).lines().toList();
      lines.add(pageLines);
      for (String edge : edges(pageLines)) {
        pagesOf.computeIfAbsent(key(edge), k -> new HashSet<>()).add(p);
      }
    }
    int needed = Math.max(2, (pages.size() + 1) / 2);
    Set<String> running = new HashSet<>();
    pagesOf.forEach(
        (key, on) -> {
          if (on.size() >= needed && !key.isBlank()) {
            running.add(key);
          }
        });
    StringBuilder text = new StringBuilder();
    for (List<String> pageLines : lines) {
      Set<String> drop = new HashSet<>();
      for (String edge : edges(pageLines)) {
        if (running.contains(key(edge))) {
          drop.add(edge);
        }
      }
      for (String line : pageLines) {
        if (!drop.contains(line)) {
          text.append(line).append('\n');
        }
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static List<String> edges(List<String> pageLines) {
    List<String> content = pageLines.stream().filter(l -> !l.isBlank()).toList();
    List<String> edges = new ArrayList<>(content.subList(0, Math.min(EDGE_LINES, content.size())));
    edges.addAll(
        content.subList(Math.max(edges.size(), content.size() - EDGE_LINES), content.size()));
    return edges;
  }

  private static String key(String line) {
    return line.replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** Writes a tab instead of a space where the gap before a word is as wide as a column gap. */
  private static final class ColumnStripper extends PDFTextStripper {
    private float lineEnd = -1;

    ColumnStripper() throws IOException {}

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      if (!positions.isEmpty()) {
        TextPosition first = positions.get(0);
        float space =
            first.getWidthOfSpace() > 0 ? first.getWidthOfSpace() : first.getFontSizeInPt() / 4;
        if (lineEnd >= 0 && first.getXDirAdj() - lineEnd > COLUMN_GAP_SPACES * space) {
          output.write('\t');
        }
        TextPosition last = positions.get(positions.size() - 1);
        lineEnd = last.getXDirAdj() + last.getWidthDirAdj();
      }
      super.writeString(text, positions);
    }

    @Override
    protected void writeLineSeparator() throws IOException {
      lineEnd = -1;
      super.writeLineSeparator();
    }
  }
}
