package dev.usher.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Slack's mrkdwn: escaping untrusted text, links, and cutting text where no token breaks. */
final class Mrkdwn {
  private static final Pattern WEB_URL = Pattern.compile("(?i)https?://\\S+");

  private Mrkdwn() {}

  /**
   * Escapes {@code &}, {@code <} and {@code >}, the only characters Slack asks to escape: without
   * {@code <} no text can form {@code <!channel>}, {@code <!here>}, {@code <!everyone>} or a {@code
   * <@U123>} mention.
   */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** {@code <url|label>} for http(s) URLs; the escaped label alone for anything else. */
  static String link(Optional<String> url, String label) {
    return webLink(url, label).orElse(escape(label));
  }

  /** {@code <url|label>} when {@code url} is an http(s) URL. */
  static Optional<String> webLink(Optional<String> url, String label) {
    String text = escape(label).replace("|", "\u2758");
    return url.flatMap(Mrkdwn::safeUrl).map(u -> "<" + u + "|" + text + ">");
  }

  /**
   * A document's title as text that cannot look like a link: escaped, and every {@code ://} broken
   * by a zero-width space so no client turns a web address in it into one.
   */
  static String label(String text) {
    return escape(text).replace("://", ":\u200B//");
  }

  private static Optional<String> safeUrl(String url) {
    String u = url.strip();
    if (!WEB_URL.matcher(u).matches()) {
      return Optional.empty();
    }
    // Inside <...> only & < > | would change the meaning: encode them so the link cannot end early.
    return Optional.of(
        u.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C"));
  }

  /**
   * Cuts {@code text} into pieces of at most {@code max} characters, at line ends where it can, and
   * never inside an {@code &amp;}-style entity or a {@code <...>} token.
   */
  static List<String> split(String text, int max) {
    List<String> pieces = new ArrayList<>();
    String rest = text;
    while (rest.length() > max) {
      int cut = rest.lastIndexOf('\n', max);
      if (cut < max / 2) {
        cut = safeCut(rest, max);
      }
      pieces.add(rest.substring(0, cut).stripTrailing());
      rest = rest.substring(cut).stripLeading();
    }
    if (!rest.isEmpty() || pieces.isEmpty()) {
      pieces.add(rest);
    }
    return pieces;
  }

  /** Text of at most {@code max} characters, ending with an ellipsis when it was cut. */
  static String truncate(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    return text.substring(0, safeCut(text, max - 1)) + "\u2026";
  }

  private static int safeCut(String text, int max) {
    int cut = max;
    int space = text.lastIndexOf(' ', cut);
    if (space > max * 3 / 4) {
      cut = space;
    }
    int amp = text.lastIndexOf('&', cut - 1);
    if (amp >= 0 && text.indexOf(';', amp) >= cut && cut - amp < 8) {
      cut = amp;
    }
    int open = text.lastIndexOf('<', cut - 1);
    if (open >= 0 && text.lastIndexOf('>', cut - 1) < open && open > 0) {
      cut = open;
    }
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return cut;
  }
}
