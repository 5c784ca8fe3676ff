package dev.usher.knowledge.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML through jsoup: headings {@code h1}–{@code h6} start sections; paragraphs, list items,
 * table cells and the like become paragraphs; navigation, scripts and styles are dropped.
 */
final class HtmlReader {
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  /** Elements below which text forms several paragraphs, not one. */
  private static final String BLOCK_LEVEL =
      "p, div, li, ul, ol, dl, table, tr, section, article, main, aside, header, footer, "
          + "h1, h2, h3, h4, h5, h6, blockquote, pre";

  private HtmlReader() {}

  static ReadDocument read(String html, String fallbackTitle) {
    Document page = Jsoup.parse(html);
    page.select("script, style, noscript, nav, template, svg, form, button").remove();
    List<Block> blocks = new ArrayList<>();
    collect(page.body(), blocks);
    String title = page.title().strip();
    if (title.isEmpty()) {
      title =
          blocks.stream().filter(Block::heading).map(Block::text).findFirst().orElse(fallbackTitle);
    }
    Optional<String> url =
        Optional.ofNullable(page.selectFirst("link[rel=canonical]"))
            .map(link -> link.attr("href"))
            .filter(href -> href.startsWith("http"));
    return new ReadDocument(title, url, blocks);
  }

  private static void collect(Element element, List<Block> blocks) {
    for (org.jsoup.nodes.Node node : element.childNodes()) {
      if (node instanceof org.jsoup.nodes.TextNode text) {
        addIfText(Block.paragraph(normalizeSpaces(text.text())), blocks);
      } else if (node instanceof Element child) {
        String tag = child.normalName();
        if (HEADINGS.contains(tag)) {
          addIfText(Block.heading(normalizeSpaces(child.text())), blocks);
        } else if (tag.equals("tr")) {
          addIfText(Block.paragraph(String.join(" | ", child.children().eachText())), blocks);
        } else if (child.select(BLOCK_LEVEL).stream().anyMatch(inner -> inner != child)) {
          collect(child, blocks);
        } else {
          String text = normalizeSpaces(child.wholeText());
          addIfText(Block.paragraph(tag.equals("li") ? "• " + text : text), blocks);
        }
      }
    }
  }

  private static String normalizeSpaces(String text) {
    return text.replaceAll("[ \\t\\x0B\\f\\u00A0]+", " ").replaceAll("\\s*\\n\\s*", "\n").strip();
  }

  private static void addIfText(Block block, List<Block> blocks) {
    if (!block.text().isBlank()) {
      blocks.add(block);
    }
  }
}
