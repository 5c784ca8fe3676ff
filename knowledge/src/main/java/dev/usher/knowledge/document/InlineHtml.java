package dev.usher.knowledge.document;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text an attendee would read in a piece of HTML: tags gone, entities decoded, struck-through
 * text dropped, and whitespace as a browser shows it, so a quote never carries markup.
 */
final class InlineHtml {
  /** Struck through means withdrawn ("<del>free</del> 20 €"): never quote it as current. */
  static final String STRUCK = "del, s, strike";

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "table",
          "tr",
          "section",
          "article",
          "main",
          "aside",
          "header",
          "footer",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "pre",
          "details",
          "summary",
          "figure",
          "figcaption",
          "hgroup",
          "address");
  private static final char BREAK = '\u2028';
  private static final char PARAGRAPH = '\u2029';
  private static final Pattern LEFTOVER =
      Pattern.compile("</?[a-zA-Z][^<>]*>|&(#\\d+|#x\\p{XDigit}+|[a-zA-Z]+);");

  /**
   * "Room: B2.105": a line that labels its value, which keeps its own line after a {@code <br>}.
   */
  private static final Pattern LABELLED = Pattern.compile("^[\\p{L}][\\p{L} ]{0,24}:\\s+\\S.*");

  private InlineHtml() {}

  static boolean isBlock(Element element) {
    return BLOCKS.contains(element.normalName());
  }

  /** The element's text as read: one line per paragraph inside it, wrapped source lines joined. */
  static String text(Element element) {
    StringBuilder raw = new StringBuilder();
    render(element, raw);
    return plain(lines(raw));
  }

  /**
   * A fragment's text with any markup left in it removed; also text that was escaped twice ({@code
   * &lt;b&gt;}), which a browser would show as a tag.
   */
  static String plain(String text) {
    String result = text;
    for (int pass = 0; pass < 3 && LEFTOVER.matcher(result).find(); pass++) {
      Element body = Jsoup.parseBodyFragment(result.replace("\n", "<br>")).body();
      body.select(STRUCK + ", script, style, template").remove();
      StringBuilder raw = new StringBuilder();
      render(body, raw);
      result = lines(raw);
    }
    return result;
  }

  private static void render(Node node, StringBuilder raw) {
    if (node instanceof TextNode text) {
      raw.append(text.getWholeText());
    } else if (node instanceof Element element) {
      String tag = element.normalName();
      if (tag.equals("br")) {
        raw.append(BREAK);
        return;
      }
      boolean block = isBlock(element);
      if (block) {
        raw.append(PARAGRAPH);
      }
      if (tag.equals("li")) {
        raw.append("• ");
      }
      for (Node child : element.childNodes()) {
        render(child, raw);
      }
      if (block) {
        raw.append(PARAGRAPH);
      }
    }
  }

  /**
   * Source newlines are spaces, as in a browser. A {@code <br>} ends a line only where the line
   * ends a sentence or the next one is a label; elsewhere it is a hard wrap inside a sentence.
   */
  private static String lines(CharSequence raw) {
    String spaced = raw.toString().replaceAll("[\\s\\u00A0]+", " ");
    StringBuilder out = new StringBuilder();
    for (String paragraph : spaced.split(String.valueOf(PARAGRAPH))) {
      StringBuilder line = new StringBuilder();
      for (String part : paragraph.split(String.valueOf(BREAK))) {
        String piece = part.strip();
        if (piece.isEmpty()) {
          continue;
        }
        String sofar = line.toString().strip();
        boolean newLine =
            !sofar.isEmpty()
                && (".!?:".indexOf(sofar.charAt(sofar.length() - 1)) >= 0
                    || LABELLED.matcher(piece).matches());
        line.append(sofar.isEmpty() ? "" : newLine ? "\n" : " ").append(piece);
      }
      if (!line.toString().isBlank()) {
        out.append(out.isEmpty() ? "" : "\n").append(line.toString().strip());
      }
    }
    return out.toString();
  }
}
