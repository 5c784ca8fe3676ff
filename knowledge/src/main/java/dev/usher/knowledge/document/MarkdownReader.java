package dev.usher.knowledge.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Markdown: {@code #} and underlined headings, paragraphs between blank lines with their wrapped
 * lines joined, one paragraph per list item and per table row, inline syntax reduced to the text a
 * reader sees (see {@link MarkdownInline}), and HTML blocks read as HTML. Optional YAML front
 * matter may give {@code title}.
 */
final class MarkdownReader {
  private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(\\s+#+)?\\s*$");
  private static final Pattern UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
  private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(\\s*\\1){2,}\\s*$");
  private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s+\\S+.*$");
  private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*");
  private static final Pattern HTML_BLOCK =
      Pattern.compile(
          "^ {0,3}<(div|details|table|dl|p|ul|ol|section|aside|blockquote|figure|h[1-6]|center)\\b.*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FRONT_FIELD = Pattern.compile("^(title):\\s*[\"']?(.*?)[\"']?\\s*$");

  private MarkdownReader() {}

  static ReadDocument read(String text, String fallbackTitle) {
    String body = text.replace("\r\n", "\n");
    String frontTitle = null;
    if (body.startsWith("---\n")) {
      int end = body.indexOf("\n---", 4);
      if (end > 0) {
        for (String line : body.substring(4, end).split("\n")) {
          var field = FRONT_FIELD.matcher(line.strip());
          if (field.matches()) {
            frontTitle = field.group(2);
          }
        }
        body = body.substring(Math.min(body.length(), end + 4));
      }
    }
    List<Block> blocks = blocks(body.split("\n"));
    String title =
        frontTitle != null
            ? frontTitle
            : blocks.stream()
                .filter(Block::heading)
                .map(Block::text)
                .findFirst()
                .orElse(fallbackTitle);
    return new ReadDocument(title, blocks);
  }

  private static List<Block> blocks(String[] lines) {
    List<Block> blocks = new ArrayList<>();
    List<String> paragraph = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher heading = HEADING.matcher(line);
      Matcher underline = UNDERLINE.matcher(line);
      Matcher htmlBlock = HTML_BLOCK.matcher(line);
      if (FENCE.matcher(line).matches()) {
        flush(paragraph, blocks);
        i = code(lines, i, blocks);
      } else if (heading.matches()) {
        flush(paragraph, blocks);
        addHeading(heading.group(2), heading.group(1).length(), blocks);
      } else if (underline.matches()
          && paragraph.size() == 1
          && !MarkdownLines.isItem(paragraph.get(0))) {
        addHeading(paragraph.remove(0), underline.group(1).startsWith("=") ? 1 : 2, blocks);
      } else if (line.isBlank() || RULE.matcher(line).matches()) {
        flush(paragraph, blocks);
      } else if (htmlBlock.matches() && paragraph.isEmpty()) {
        i = html(lines, i, htmlBlock.group(1), blocks);
      } else if (!REFERENCE.matcher(line).matches()) {
        paragraph.add(line);
      }
    }
    flush(paragraph, blocks);
    return blocks;
  }

  private static void addHeading(String text, int level, List<Block> blocks) {
    String heading = MarkdownInline.text(text.strip()).replace('\n', ' ');
    if (!heading.isBlank()) {
      blocks.add(Block.heading(heading, level));
    }
  }

  /** A fenced code block, kept line by line as written; returns the index of its closing fence. */
  private static int code(String[] lines, int open, List<Block> blocks) {
    List<String> code = new ArrayList<>();
    int i = open + 1;
    for (; i < lines.length && !FENCE.matcher(lines[i]).matches(); i++) {
      code.add(lines[i]);
    }
    String text = String.join("\n", code).strip();
    if (!text.isEmpty()) {
      blocks.add(Block.paragraph(text));
    }
    return i;
  }

  /**
   * An HTML block, up to the line that closes its tag (blank lines inside it included), read as
   * HTML; returns the index of its last line.
   */
  private static int html(String[] lines, int open, String tag, List<Block> blocks) {
    StringBuilder html = new StringBuilder();
    Pattern close = Pattern.compile("</" + tag + "\\s*>", Pattern.CASE_INSENSITIVE);
    int i = open;
    for (; i < lines.length; i++) {
      html.append(lines[i]).append('\n');
      if (close.matcher(lines[i]).find()) {
        break;
      }
    }
    // Markdown may go on inside an HTML block ("<details>", a blank line, then Markdown).
    for (Block block : HtmlReader.blocks(Jsoup.parseBodyFragment(html.toString()).body())) {
      blocks.add(new Block(MarkdownInline.text(block.text()), block.heading(), block.level()));
    }
    return Math.min(i, lines.length - 1);
  }

  private static void flush(List<String> paragraph, List<Block> blocks) {
    if (!paragraph.isEmpty()) {
      MarkdownLines.blocks(paragraph).forEach(blocks::add);
      paragraph.clear();
    }
  }
}
