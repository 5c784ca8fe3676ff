package dev.usher.knowledge.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown inline syntax reduced to what a reader of the rendered page sees: links to their text,
 * images dropped, emphasis and code marks removed, struck-through text dropped (it is withdrawn),
 * backslash escapes resolved, and any HTML or entity in the text read as HTML.
 */
final class MarkdownInline {
  private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
  private static final Pattern AUTOLINK =
      Pattern.compile("<((?:https?|mailto):[^<>\\s]+|[^<>\\s@]+@[^<>\\s@]+\\.[a-zA-Z]+)>");
  private static final Pattern IMAGE =
      Pattern.compile("\\s*!\\[[^\\]]*\\](\\([^)]*\\)|\\[[^\\]]*\\])");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\](\\([^)]*\\)|\\[[^\\]]*\\])");
  private static final Pattern STRUCK = Pattern.compile("~~(?=\\S)(.+?)~~");
  private static final Pattern CODE = Pattern.compile("(`+)(.+?)\\1");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
  private static final Pattern STAR = Pattern.compile("\\*(?=\\S)(.+?)(?<=\\S)\\*");

  /** Underscores inside a word ({@code snake_case_name}) are not emphasis. */
  private static final Pattern UNDERSCORE =
      Pattern.compile("(?<![\\p{L}\\p{N}_])_(?=\\S)(.+?)(?<=\\S)_(?![\\p{L}\\p{N}_])");

  private static final Pattern MARKUP =
      Pattern.compile("</?[a-zA-Z][^<>]*>|&(#\\d+|#x\\p{XDigit}+|[a-zA-Z]+);");

  private MarkdownInline() {}

  static String text(String markdown) {
    // Escaped characters are set aside so that no rule below takes them for syntax.
    String text =
        replace(ESCAPE, markdown, m -> String.valueOf((char) (0xE000 + m.group(1).charAt(0))));
    text = replace(AUTOLINK, text, m -> m.group(1));
    text = IMAGE.matcher(text).replaceAll("");
    text = replace(LINK, text, m -> m.group(1));
    text = STRUCK.matcher(text).replaceAll("");
    text = replace(CODE, text, m -> m.group(2).strip());
    for (int pass = 0; pass < 2; pass++) {
      text = replace(STRONG, text, m -> m.group(2));
      text = replace(STAR, text, m -> m.group(1));
      text = replace(UNDERSCORE, text, m -> m.group(1));
    }
    if (MARKUP.matcher(text).find()) {
      text = InlineHtml.plain(text);
    }
    StringBuilder restored = new StringBuilder(text.length());
    text.chars()
        .forEach(c -> restored.append(c >= 0xE000 && c < 0xE080 ? (char) (c - 0xE000) : (char) c));
    return restored.toString().replaceAll("[ \\t\\u00A0]{2,}", " ").strip();
  }

  private static String replace(
      Pattern pattern, String text, java.util.function.Function<Matcher, String> by) {
    return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(by.apply((Matcher) m)));
  }
}
