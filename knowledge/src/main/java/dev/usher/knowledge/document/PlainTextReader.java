package dev.usher.knowledge.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text, also used for the text PDFBox extracts: paragraphs are separated by blank lines,
 * lines wrapped at a fixed width are joined back into one, and a short single line without closing
 * punctuation is taken as a heading unless it is a label and its value ("Room: B2.105") or a time.
 * Lines that are their own unit stay lines: list items, table rows ("a | b"), labels.
 */
final class PlainTextReader {
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
  private static final Pattern LABELLED = Pattern.compile("^[^:]{1,40}:\\s+\\S.*");
  private static final Pattern TIME =
      Pattern.compile(
          "\\b\\d{1,2}[:.h]\\d{2}\\b|\\b\\d{1,2}\\s*(am|pm)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern QA =
      Pattern.compile("^(Q|A|Question|Answer)\\s*[:.]\\s+.*", Pattern.CASE_INSENSITIVE);
  private static final int HEADING_MAX_CHARS = 100;
  private static final int HEADING_MAX_WORDS = 14;

  /**
   * Longer lines are not wrapped at a width: text saved from web pages puts a paragraph on each.
   */
  private static final int WRAP_MAX_CHARS = 100;

  private PlainTextReader() {}

  static ReadDocument read(String text, String fallbackTitle) {
    List<Block> blocks = blocks(text);
    String title =
        blocks.stream()
            .map(Block::text)
            .findFirst()
            .filter(t -> t.length() <= 200)
            .orElse(fallbackTitle);
    return new ReadDocument(title, blocks);
  }

  static List<Block> blocks(String text) {
    List<Block> blocks = new ArrayList<>();
    for (String paragraph : BLANK_LINES.split(text.replace("\r\n", "\n").replace('\r', '\n'))) {
      List<String> lines =
          paragraph.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      int width =
          lines.stream().mapToInt(String::length).filter(n -> n <= WRAP_MAX_CHARS).max().orElse(0);
      StringBuilder segment = new StringBuilder();
      boolean joined = false;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (segment.isEmpty()) {
          segment.append(line);
        } else if (wraps(lines.get(i - 1), line, width, i - 1 == 0)) {
          segment.append(' ').append(line);
          joined = true;
        } else {
          add(segment.toString(), joined, blocks);
          segment.setLength(0);
          segment.append(line);
          joined = false;
        }
      }
      if (!segment.isEmpty()) {
        add(segment.toString(), joined, blocks);
      }
    }
    return blocks;
  }

  private static void add(String segment, boolean joined, List<Block> blocks) {
    blocks.add(
        !joined && looksLikeHeading(segment) ? Block.heading(segment) : Block.paragraph(segment));
  }

  /** Whether {@code next} continues {@code line}: the paragraph was wrapped there, not ended. */
  private static boolean wraps(String line, String next, int width, boolean first) {
    if (ownLine(next) || isRow(line) || line.endsWith(":") || line.length() > WRAP_MAX_CHARS) {
      return false;
    }
    boolean continuesLowercase = Character.isLowerCase(next.codePointAt(0)) && !endsSentence(line);
    if (continuesLowercase) {
      return true;
    }
    // A title on the first line can be as long as a wrapped line; the text under it starts anew.
    // After a sentence's end, a title or an intro ("Directions:") starts anew too.
    if (first && looksLikeHeading(line)
        || endsSentence(line) && (looksLikeHeading(next) || next.endsWith(":"))) {
      return false;
    }
    return width >= 40 && line.length() >= 0.6 * width;
  }

  private static boolean ownLine(String line) {
    return Cohesion.isListItem(line)
        || isRow(line)
        || QA.matcher(line).matches()
        || LABELLED.matcher(line).matches();
  }

  private static boolean isRow(String line) {
    return line.contains(" | ");
  }

  private static boolean endsSentence(String line) {
    return ".!?".indexOf(line.charAt(line.length() - 1)) >= 0;
  }

  static boolean looksLikeHeading(String paragraph) {
    if (paragraph.contains("\n") || paragraph.length() > HEADING_MAX_CHARS) {
      return false;
    }
    char last = paragraph.charAt(paragraph.length() - 1);
    if (".,;:!?)\"”".indexOf(last) >= 0 || !paragraph.codePoints().anyMatch(Character::isLetter)) {
      return false;
    }
    if (LABELLED.matcher(paragraph).matches()
        || TIME.matcher(paragraph).find()
        || ownLine(paragraph)
        || mostlyDigits(paragraph)) {
      // "Time: 18:30 – 21:00", "Room: B2.105", "+1 (919) 768-6000": details, not section titles.
      return false;
    }
    return paragraph.split("\\s+").length <= HEADING_MAX_WORDS;
  }

  private static boolean mostlyDigits(String text) {
    long digits = text.chars().filter(Character::isDigit).count();
    long letters = text.chars().filter(Character::isLetter).count();
    return digits >= letters;
  }
}
