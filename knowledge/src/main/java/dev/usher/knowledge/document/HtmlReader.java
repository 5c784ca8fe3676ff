package dev.usher.knowledge.document;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * HTML through jsoup: headings {@code h1}–{@code h6} start sections; paragraphs, list items, table
 * rows and the like become paragraphs; navigation, scripts, styles and struck-through text are
 * dropped. What belongs together to be understood stays in one paragraph: a term and its
 * definition, a {@code <details>} summary and its body.
 */
final class HtmlReader {
  private HtmlReader() {}

  static ReadDocument read(String html, String fallbackTitle) {
    Document page = Jsoup.parse(html);
    List<Block> blocks = blocks(page.body());
    String title = InlineHtml.plain(page.title().strip());
    if (title.isEmpty()) {
      title =
          blocks.stream().filter(Block::heading).map(Block::text).findFirst().orElse(fallbackTitle);
    }
    return new ReadDocument(title, blocks);
  }

  /** The blocks of an element's content; also used for HTML written inside Markdown. */
  static List<Block> blocks(Element root) {
    root.select("script, style, noscript, nav, template, svg, form, button").remove();
    root.select(InlineHtml.STRUCK).remove();
    List<Block> blocks = new ArrayList<>();
    collect(root, blocks);
    return blocks;
  }

  /**
   * Inline content between block-level children is one paragraph, so a sentence with a link in it
   * is not cut at the link.
   */
  private static void collect(Element element, List<Block> blocks) {
    Element run = new Element("p");
    // A list item holding a nested list still starts with its own text, marked as an item.
    String prefix = element.nameIs("li") ? "• " : "";
    for (Node node : new ArrayList<>(element.childNodes())) {
      if (node instanceof Element child && hasBlocks(child)) {
        String text = InlineHtml.text(run);
        addParagraph(text.isBlank() ? text : prefix + text, blocks);
        prefix = "";
        run = new Element("p");
        block(child, blocks);
      } else {
        run.appendChild(node.clone());
      }
    }
    String text = InlineHtml.text(run);
    addParagraph(text.isBlank() ? text : prefix + text, blocks);
  }

  private static void block(Element child, List<Block> blocks) {
    String tag = child.normalName();
    switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        String text = InlineHtml.text(child).replace('\n', ' ');
        if (!text.isBlank()) {
          blocks.add(Block.heading(text, tag.charAt(1) - '0'));
        }
      }
      case "table" -> HtmlTable.rows(child).forEach(row -> addParagraph(row, blocks));
      case "tr" -> addParagraph(HtmlTable.row(child), blocks);
      case "dl" -> definitions(child, blocks);
      case "details" -> addParagraph(details(child), blocks);
      default -> {
        if (child.children().stream().anyMatch(HtmlReader::hasBlocks)) {
          collect(child, blocks);
        } else {
          addParagraph(InlineHtml.text(child), blocks);
        }
      }
    }
  }

  private static boolean hasBlocks(Element element) {
    return InlineHtml.isBlock(element)
        || element.children().stream().anyMatch(HtmlReader::hasBlocks);
  }

  /** Each term with its definitions, as one paragraph: "Distance: 2 blocks away". */
  private static void definitions(Element list, List<Block> blocks) {
    String term = "";
    StringBuilder definition = new StringBuilder();
    for (Element item : list.select("dt, dd")) {
      if (item.normalName().equals("dt")) {
        addParagraph(definition(term, definition.toString()), blocks);
        term = InlineHtml.text(item).replace('\n', ' ');
        definition.setLength(0);
      } else {
        definition.append(definition.isEmpty() ? "" : "\n").append(InlineHtml.text(item));
      }
    }
    addParagraph(definition(term, definition.toString()), blocks);
  }

  private static String definition(String term, String definition) {
    if (term.isEmpty() || definition.isEmpty()) {
      return term + definition;
    }
    boolean punctuated = ":?.!".indexOf(term.charAt(term.length() - 1)) >= 0;
    return term + (punctuated ? " " : ": ") + definition;
  }

  /** The summary is the question and the body its answer: one paragraph, so one passage. */
  private static String details(Element details) {
    Element summary = details.selectFirst("> summary");
    String question = summary == null ? "" : InlineHtml.text(summary).replace('\n', ' ');
    if (summary != null) {
      summary.remove();
    }
    List<Block> body = new ArrayList<>();
    collect(details, body);
    List<String> lines = new ArrayList<>();
    if (!question.isBlank()) {
      lines.add(question);
    }
    body.forEach(block -> lines.add(block.text()));
    return String.join("\n", lines);
  }

  private static void addParagraph(String text, List<Block> blocks) {
    // An item whose content was an icon or a struck offer leaves only its bullet behind.
    if (!text.replace("•", "").isBlank()) {
      blocks.add(Block.paragraph(text.strip()));
    }
  }
}
