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
      if (hardWrapped(cleaned)) {
        blocks.add(Block.paragraph(cleaned));
        continue;
      }
      // Text saved from web pages puts one paragraph, heading or list item on each line.
      for (String line : cleaned.split("\n")) {
        String item = line.strip();
        if (!item.isEmpty()) {
          blocks.add(looksLikeHeading(item) ? Block.heading(item) : Block.paragraph(item));
        }
      }
    }
    return blocks;
  }

  /**
   * Whether a block is one paragraph wrapped at a fixed width (most lines of similar length), as
   * opposed to lines that are each a paragraph of their own.
   */
  private static boolean hardWrapped(String block) {
    String[] lines = block.split("\n");
    if (lines.length < 3) {
      return false;
    }
    int similar = 0;
    for (int i = 0; i < lines.length - 1; i++) {
      int length = lines[i].strip().length();
      similar += length >= 50 && length <= 100 ? 1 : 0;
    }
    return similar >= 0.8 * (lines.length - 1);
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
