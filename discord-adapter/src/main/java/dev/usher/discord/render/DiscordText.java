package dev.usher.discord.render;

import dev.usher.core.reply.Snippet;
import dev.usher.core.reply.Source;

/** Text from documents and attendees made safe to put into Discord markdown. */
public final class DiscordText {
  private static final char ZERO_WIDTH_SPACE = '\u200B';

  private DiscordText() {}

  /** Characters that start or end markdown, links, quotes, headings, mentions or timestamps. */
  private static final String MARKERS = "\\*_~`|>#[]<-";

  /**
   * {@code text} with every markdown character escaped one by one, so it shows as typed and cannot
   * change the embed around it, also when only a piece of a sentence is escaped (JDA's {@code
   * MarkdownSanitizer} escapes only complete pairs, so a lone {@code *} left over from cutting a
   * sentence at an emphasis span would open bold text). Allowed mentions are turned off on every
   * message as well; the zero-width space keeps {@code @everyone} from even looking like a mention.
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '@') {
        out.append('@').append(ZERO_WIDTH_SPACE);
      } else if (MARKERS.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A document's title or heading escaped, and with every {@code ://} broken by a zero-width space:
   * Discord turns a bare web address into a link even in escaped text, and a title must not show an
   * official-looking link the organizer never configured.
   */
  public static String label(String text) {
    return escape(text).replace("://", ":" + ZERO_WIDTH_SPACE + "//");
  }

  /** The snippet escaped, with its emphasis spans in bold. */
  public static String emphasized(Snippet snippet) {
    String text = snippet.text();
    StringBuilder out = new StringBuilder(text.length() + 16);
    int at = 0;
    for (Snippet.Span span : snippet.emphasis()) {
      out.append(escape(text.substring(at, span.start())));
      String words = text.substring(span.start(), span.end());
      // Bold around whitespace renders literally; keep the markers tight around the words.
      String core = words.strip();
      if (core.isEmpty()) {
        out.append(escape(words));
      } else {
        int lead = words.indexOf(core);
        out.append(words, 0, lead)
            .append("**")
            .append(escape(core))
            .append("**")
            .append(words.substring(lead + core.length()));
      }
      at = span.end();
    }
    out.append(escape(text.substring(at)));
    return out.toString();
  }

  /**
   * A source as a link when it has a URL (only ever one the organizer configured), else its title
   * and its path in the conference folder.
   */
  public static String source(Source source) {
    String title = label(source.title()) + source.section().map(s -> " › " + label(s)).orElse("");
    return source
        .url()
        .filter(DiscordText::isWebLink)
        .map(url -> "[" + title + "](" + url.replace(")", "%29").replace(" ", "%20") + ")")
        .orElseGet(() -> title + " (`" + source.id().replace("`", "'") + "`)");
  }

  private static boolean isWebLink(String url) {
    return url.startsWith("https://") || url.startsWith("http://");
  }
}
