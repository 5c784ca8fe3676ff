package dev.usher.knowledge.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Plain text, also used for the text PDFBox extracts: paragraphs are separated by blank lines, and
 * a short single line without closing punctuation is taken as a heading.
 */
final class PlainTextReader {
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
  private static final int HEADING_MAX_CHARS = 100;
  private static final int HEADING_MAX_WORDS = 14;

  private PlainTextReader() {}

  static ReadDocument read(String text, String fallbackTitle) {
    List<Block> blocks = blocks(text);
    String title =
        blocks.stream().map(Block::text).findFirst().filter(t -> t.length() <= 200).orElse(fallbackTitle);
    return new ReadDocument(title, Optional.empty(), blocks);
  }

  static List<Block> blocks(String text) {
    List<Block> blocks = new ArrayList<>();
    for (String paragraph : BLANK_LINES.split(text.replace("\r\n", "\n").replace('\r', '\n'))) {
      String cleaned = paragraph.strip();
      if (cleaned.isEmpty()) {
        continue;
      }
      blocks.add(looksLikeHeading(cleaned) ? Block.heading(cleaned) : Block.paragraph(cleaned));
    }
    return blocks;
  }

  static boolean looksLikeHeading(String paragraph) {
    if (paragraph.contains("\n") || paragraph.length() > HEADING_MAX_CHARS) {
      return false;
    }
    char last = paragraph.charAt(paragraph.length() - 1);
    if (".,;:!?)\"”".indexOf(last) >= 0 || !paragraph.codePoints().anyMatch(Character::isLetter)) {
      return false;
    }
    return paragraph.split("\\s+").length <= HEADING_MAX_WORDS;
  }
}
