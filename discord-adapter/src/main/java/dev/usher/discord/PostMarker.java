package dev.usher.discord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * The tag of one message of a keyed post: a footer line {@code usher:<key>:<part>/<parts>} on the
 * message's last embed, readable back from the channel's history, and a nonce derived from the key
 * and part, which Discord enforces so that a retried request returns the first message.
 */
record PostMarker(String key, int part, int parts) {
  private static final String PREFIX = "usher:";

  /** Discord's limit on a nonce. */
  private static final int NONCE_MAX = 25;

  /** Our footers stay this short (see render.EmbedPacker.FOOTER_MAX): the marker cuts the rest. */
  private static final int FOOTER_MAX = 300;

  private static final Pattern PART = Pattern.compile("(\\d{1,6})/(\\d{1,6})");

  PostMarker {
    Objects.requireNonNull(key, "key");
    if (part < 0 || part >= parts) {
      throw new IllegalArgumentException("part " + part + " of " + parts);
    }
  }

  String footerLine() {
    return PREFIX + key + ":" + part + "/" + parts;
  }

  /** A function of the key and part only, so every attempt of the same message sends the same. */
  String nonce() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((key + "\n" + part).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, NONCE_MAX);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * {@code message} with this marker in the footer of its last embed (a new embed if it has none).
   */
  MessageCreateData tag(MessageCreateData message) {
    List<MessageEmbed> embeds = new ArrayList<>(message.getEmbeds());
    EmbedBuilder last =
        embeds.isEmpty() ? new EmbedBuilder() : new EmbedBuilder(embeds.removeLast());
    MessageEmbed built = last.build();
    String marker = footerLine();
    String footer = marker;
    if (built.getFooter() != null && built.getFooter().getText() != null) {
      String existing = built.getFooter().getText();
      int room = Math.max(0, FOOTER_MAX - marker.length() - 1);
      footer = existing.substring(0, Math.min(existing.length(), room)) + "\n" + marker;
    }
    last.setFooter(footer, built.getFooter() == null ? null : built.getFooter().getIconUrl());
    embeds.add(last.build());
    return MessageCreateBuilder.from(message).setEmbeds(embeds).build();
  }

  /** Whether {@code message} carries the marker of the last part of the post {@code key}. */
  static boolean isLastPartOf(Message message, String key) {
    String prefix = PREFIX + key + ":";
    for (MessageEmbed embed : message.getEmbeds()) {
      if (embed.getFooter() == null || embed.getFooter().getText() == null) {
        continue;
      }
      for (String line : embed.getFooter().getText().split("\n")) {
        if (!line.startsWith(prefix)) {
          continue;
        }
        Matcher part = PART.matcher(line.substring(prefix.length()));
        if (part.matches()
            && Integer.parseInt(part.group(1)) == Integer.parseInt(part.group(2)) - 1) {
          return true;
        }
      }
    }
    return false;
  }
}
