package dev.usher.knowledge.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Markdown: {@code #} headings, paragraphs between blank lines, with link and emphasis syntax
 * reduced to its text. Optional YAML front matter may give {@code title} and {@code url}.
 */
final class MarkdownReader {
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|`)(\\S(?:.*?\\S)?)\\1");
  private static final Pattern FRONT_FIELD = Pattern.compile("^(title|url):\\s*[\"']?(.*?)[\"']?\\s*$");

  private MarkdownReader() {}

  static ReadDocument read(String text, String fallbackTitle) {
    String body = text.replace("\r\n", "\n");
    String frontTitle = null;
    String url = null;
    if (body.startsWith("---\n")) {
      int end = body.indexOf("\n---", 4);
      if (end > 0) {
        for (String line : body.substring(4, end).split("\n")) {
          var field = FRONT_FIELD.matcher(line.strip());
          if (field.matches() && field.group(1).equals("title")) {
            frontTitle = field.group(2);
          } else if (field.matches()) {
            url = field.group(2);
          }
        }
        body = body.substring(Math.min(body.length(), end + 4));
      }
    }
    List<Block> blocks = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    boolean inCode = false;
    for (String line : body.split("\n")) {
      if (line.strip().startsWith("```")) {
        inCode = !inCode;
        continue;
      }
      var heading = HEADING.matcher(line);
      if (!inCode && heading.matches()) {
        flush(paragraph, blocks);
        blocks.add(Block.heading(inline(heading.group(1))));
      } else if (line.isBlank()) {
        flush(paragraph, blocks);
      } else {
        paragraph.append(inCode ? line : inline(line.strip())).append('\n');
      }
    }
    flush(paragraph, blocks);
    String title =
        frontTitle != null
            ? frontTitle
            : blocks.stream().filter(Block::heading).map(Block::text).findFirst().orElse(fallbackTitle);
    return new ReadDocument(title, Optional.ofNullable(url).filter(u -> !u.isBlank()), blocks);
  }

  private static String inline(String line) {
    String text = LINK.matcher(line).replaceAll("$1");
    text = EMPHASIS.matcher(text).replaceAll("$2");
    return text.replaceFirst("^([-*+]|\\d+[.)])\\s+", "• ").replaceFirst("^>\\s?", "");
  }

  private static void flush(StringBuilder paragraph, List<Block> blocks) {
    if (!paragraph.isEmpty()) {
      blocks.add(Block.paragraph(paragraph.toString().strip()));
      paragraph.setLength(0);
    }
  }
}
