package dev.usher.discord.render;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Cuts a {@link Card} into embeds that Discord accepts: title 256, description 4,096, 25 fields of
 * 1,024, footer 2,048 and 6,000 characters in all. What does not fit goes into the next embed, so
 * nothing is lost and no send fails.
 */
final class EmbedPacker {
  static final int TITLE_MAX = MessageEmbed.TITLE_MAX_LENGTH;
  static final int DESCRIPTION_MAX = MessageEmbed.DESCRIPTION_MAX_LENGTH;
  static final int FIELD_NAME_MAX = MessageEmbed.TITLE_MAX_LENGTH;
  static final int FIELD_VALUE_MAX = MessageEmbed.VALUE_MAX_LENGTH;
  static final int FIELDS_MAX = 25;

  /**
   * Footers are our own short lines; Discord allows 2,048 but a long one would crowd the body out.
   */
  static final int FOOTER_MAX = 300;

  static final int TOTAL_MAX = MessageEmbed.EMBED_MAX_LENGTH_BOT;

  /** Room kept free in each embed for a title and footer added after the body. */
  private static final int RESERVED = TITLE_MAX + FOOTER_MAX;

  private static final int ACCENT = 0x3B82F6;

  private EmbedPacker() {}

  static List<MessageEmbed> pack(Card card) {
    String title = cut(card.title(), TITLE_MAX);
    String footer = cut(card.footer().orElse(""), FOOTER_MAX);
    List<EmbedBuilder> embeds = new ArrayList<>();
    EmbedBuilder current = newEmbed();
    embeds.add(current);
    for (String chunk : chunks(card.description(), DESCRIPTION_MAX)) {
      if (!current.getDescriptionBuilder().isEmpty()) {
        current = newEmbed();
        embeds.add(current);
      }
      current.setDescription(chunk);
    }
    for (Card.Field field : card.fields()) {
      String name = cut(field.name().isBlank() ? "\u200B" : field.name(), FIELD_NAME_MAX);
      String value = cut(field.value().isBlank() ? "\u200B" : field.value(), FIELD_VALUE_MAX);
      boolean full =
          current.getFields().size() >= FIELDS_MAX
              || current.length() + name.length() + value.length() > TOTAL_MAX - RESERVED;
      if (full) {
        current = newEmbed();
        embeds.add(current);
      }
      current.addField(name, value, false);
    }
    if (!title.isEmpty()) {
      embeds.get(0).setTitle(title);
    }
    if (!footer.isEmpty()) {
      embeds.get(embeds.size() - 1).setFooter(footer);
    }
    return embeds.stream().filter(e -> !e.isEmpty()).map(EmbedBuilder::build).toList();
  }

  private static EmbedBuilder newEmbed() {
    return new EmbedBuilder().setColor(ACCENT);
  }

  /**
   * {@code text} in pieces of at most {@code max}, cut at a line break or space when there is one.
   */
  static List<String> chunks(String text, int max) {
    List<String> chunks = new ArrayList<>();
    String rest = text.strip();
    while (rest.length() > max) {
      int cut = rest.lastIndexOf('\n', max);
      if (cut < max / 2) {
        cut = rest.lastIndexOf(' ', max);
      }
      if (cut < max / 2) {
        cut = max;
      }
      if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
        cut--;
      }
      chunks.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty()) {
      chunks.add(rest);
    }
    return chunks;
  }

  /** {@code text} shortened to {@code max} with an ellipsis when it is longer. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
