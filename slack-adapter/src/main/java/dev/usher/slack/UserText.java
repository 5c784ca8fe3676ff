package dev.usher.slack;

import dev.usher.core.command.Request;
import java.util.regex.Pattern;

/** What a user typed, as Slack sends it, turned back into plain words. */
final class UserText {
  private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(?:\\|[^>]*)?>");

  private UserText() {}

  /** Without user mentions and with Slack's {@code &amp; &lt; &gt;} undone. */
  static String plain(String slackText) {
    return MENTION
        .matcher(slackText)
        .replaceAll(" ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .strip();
  }

  /** A question, or help when nothing was asked (a bare mention). */
  static Request request(String slackText) {
    String question = plain(slackText);
    return question.isEmpty() ? new Request.Help() : new Request.Ask(question);
  }
}
