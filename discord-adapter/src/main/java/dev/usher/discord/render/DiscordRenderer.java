package dev.usher.discord.render;

import static dev.usher.discord.render.DiscordText.emphasized;
import static dev.usher.discord.render.DiscordText.escape;

import dev.usher.core.conference.Session;
import dev.usher.core.reply.Answer;
import dev.usher.core.reply.FileReply;
import dev.usher.core.reply.Info;
import dev.usher.core.reply.NoAnswer;
import dev.usher.core.reply.Reply;
import dev.usher.core.reply.ScheduleChanges;
import dev.usher.core.reply.ScheduleOverview;
import dev.usher.core.reply.SessionCards;
import dev.usher.core.reply.TimeFormat;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Renders every kind of {@link Reply} as Discord messages of one embed each, within Discord's
 * limits, with all text from documents and users escaped and every mention disallowed. Stateless
 * and thread-safe.
 */
public final class DiscordRenderer {
  /**
   * The messages that show {@code reply}, in order; usually one. Each message pings no one: its
   * allowed mentions parse nothing and a reply does not mention the author it replies to.
   */
  public List<MessageCreateData> render(Reply reply) {
    List<MessageEmbed> embeds = EmbedPacker.pack(card(reply));
    List<MessageCreateData> messages = new ArrayList<>();
    for (int i = 0; i < embeds.size(); i++) {
      // The reply's buttons go under its last message, under everything they are about.
      messages.add(message(embeds.get(i), i == embeds.size() - 1 ? reply.buttons() : List.of()));
    }
    if (!(reply instanceof FileReply file)) {
      return messages;
    }
    // The file goes with the first message: an interaction response is then multipart/form-data,
    // payload_json with files[0].
    messages.set(
        0,
        MessageCreateBuilder.from(messages.getFirst())
            .addFiles(
                FileUpload.fromData(
                    file.content().getBytes(StandardCharsets.UTF_8), file.fileName()))
            .build());
    return List.copyOf(messages);
  }

  /** Discord's limits: 5 buttons in an action row, 5 rows in a message. */
  static final int BUTTONS_PER_ROW = 5;

  static final int MAX_ROWS = 5;

  /** A message with {@code embed} and {@code buttons} under it (rows of five), pinging no one. */
  static MessageCreateData message(MessageEmbed embed, List<dev.usher.core.reply.Button> buttons) {
    List<ActionRow> rows = new ArrayList<>();
    for (int i = 0; i < buttons.size() && rows.size() < MAX_ROWS; i += BUTTONS_PER_ROW) {
      rows.add(
          ActionRow.of(
              buttons.subList(i, Math.min(buttons.size(), i + BUTTONS_PER_ROW)).stream()
                  // The action is the custom_id (at most 100 characters, as Discord allows); the
                  // label is text.
                  .map(b -> Button.secondary(b.action(), b.label()))
                  .toList()));
    }
    return new MessageCreateBuilder()
        .setEmbeds(embed)
        .setComponents(rows)
        .setAllowedMentions(List.of())
        .mentionRepliedUser(false)
        .build();
  }

  /** A message with only {@code embed}, pinging no one. */
  static MessageCreateData message(MessageEmbed embed) {
    return new MessageCreateBuilder()
        .setEmbeds(embed)
        .setAllowedMentions(List.of())
        .mentionRepliedUser(false)
        .build();
  }

  Card card(Reply reply) {
    return switch (reply) {
      case Answer answer -> answer(answer);
      case SessionCards cards -> sessions(cards);
      case ScheduleOverview overview -> overview(overview);
      case NoAnswer none -> noAnswer(none);
      case Info info ->
          new Card(
              escape(info.title()),
              notes(info.notes()) + escape(info.text()),
              List.of(),
              Optional.empty());
      case ScheduleChanges changes -> changes(changes);
      case FileReply file ->
          new Card(
              escape(file.title()),
              notes(file.notes()) + escape(file.text()),
              List.of(),
              Optional.empty());
    };
  }

  /** A field per change: the title, then what it was and what it is now. */
  private static Card changes(ScheduleChanges changes) {
    List<Card.Field> fields = new ArrayList<>();
    for (ScheduleChanges.Line line : changes.lines()) {
      List<String> lines = new ArrayList<>();
      line.was().ifPresent(was -> lines.add("Was: " + escape(was)));
      line.now().ifPresent(now -> lines.add("Now: " + escape(now)));
      fields.add(
          new Card.Field(
              EmbedPacker.cut(
                  line.change() + ": " + escape(line.title()), EmbedPacker.FIELD_NAME_MAX),
              EmbedPacker.cut(String.join("\n", lines), EmbedPacker.FIELD_VALUE_MAX)));
    }
    return new Card(
        escape(changes.heading()),
        notes(changes.notes()) + "Times in the conference's zone, " + changes.zone().getId() + ".",
        fields,
        Optional.empty());
  }

  private Card answer(Answer answer) {
    List<Card.Field> fields = new ArrayList<>();
    fields.add(new Card.Field("Source", DiscordText.source(answer.source())));
    for (Answer.AlsoIn also : answer.alsoIn()) {
      fields.add(
          new Card.Field(
              EmbedPacker.cut(
                  "Also in " + DiscordText.label(also.source().title()),
                  EmbedPacker.FIELD_NAME_MAX),
              EmbedPacker.cut(emphasized(also.text()), EmbedPacker.FIELD_VALUE_MAX - 300)
                  + "\n— "
                  + DiscordText.source(also.source())));
    }
    return new Card(
        DiscordText.label(answer.source().title()),
        notes(answer.notes()) + emphasized(answer.text()),
        fields,
        Optional.empty());
  }

  private Card sessions(SessionCards cards) {
    List<Card.Field> fields =
        cards.sessions().stream()
            .map(s -> new Card.Field(escape(s.title()), sessionLines(s, cards.zone())))
            .toList();
    String shown =
        cards.total() > cards.sessions().size()
            ? "Showing " + cards.sessions().size() + " of " + cards.total()
            : "";
    String footer =
        List.of(shown, cards.more().orElse("")).stream()
            .filter(s -> !s.isBlank())
            .collect(Collectors.joining(" · "));
    String description =
        notes(cards.notes())
            + "Times in your own zone; conference time is "
            + cards.zone().getId()
            + ".";
    return new Card(
        escape(cards.heading()),
        description,
        fields,
        footer.isEmpty() ? Optional.empty() : Optional.of(footer));
  }

  private Card overview(ScheduleOverview overview) {
    List<Card.Field> fields = new ArrayList<>();
    for (ScheduleOverview.Group group : overview.groups()) {
      List<String> lines = new ArrayList<>();
      for (Session session : group.highlights()) {
        lines.add(
            TimeFormat.time(session.start(), overview.zone())
                + " "
                + escape(session.title())
                + session.room().map(r -> " · " + escape(r)).orElse(""));
      }
      int hidden = group.count() - group.highlights().size();
      if (hidden > 0) {
        lines.add("… and " + hidden + " more");
      }
      fields.add(
          new Card.Field(
              EmbedPacker.cut(
                  escape(group.label()) + " (" + group.count() + ")", EmbedPacker.FIELD_NAME_MAX),
              EmbedPacker.cut(String.join("\n", lines), EmbedPacker.FIELD_VALUE_MAX)));
    }
    String footer =
        overview.showMore().isEmpty()
            ? ""
            : "See all of it: " + String.join("  ", overview.showMore());
    return new Card(
        escape(overview.heading()),
        notes(overview.notes())
            + "Local times, conference time zone "
            + overview.zone().getId()
            + ".",
        fields,
        footer.isEmpty() ? Optional.empty() : Optional.of(EmbedPacker.cut(footer, 2048)));
  }

  private static String sessionLines(Session session, ZoneId zone) {
    List<String> lines = new ArrayList<>();
    long start = session.start().toEpochSecond();
    long end = session.end().toEpochSecond();
    lines.add("<t:" + start + ":f> – <t:" + end + ":t>");
    lines.add("Local: " + TimeFormat.span(session, zone));
    String place =
        List.of(session.room(), session.track()).stream()
            .flatMap(Optional::stream)
            .map(DiscordText::escape)
            .collect(Collectors.joining(" · "));
    if (!place.isEmpty()) {
      lines.add(place);
    }
    if (!session.speakers().isEmpty()) {
      lines.add(
          session.speakers().stream().map(DiscordText::escape).collect(Collectors.joining(", ")));
    }
    session.url().ifPresent(url -> lines.add("<" + url + ">"));
    return String.join("\n", lines);
  }

  private Card noAnswer(NoAnswer none) {
    StringBuilder description =
        new StringBuilder(notes(none.notes())).append(escape(none.message()));
    if (!none.didYouMean().isEmpty()) {
      description
          .append("\nDid you mean: ")
          .append(
              none.didYouMean().stream().map(DiscordText::escape).collect(Collectors.joining(", ")))
          .append("?");
    }
    List<Card.Field> fields = new ArrayList<>();
    if (!none.closest().isEmpty()) {
      fields.add(
          new Card.Field(
              "Closest topics",
              none.closest().stream()
                  .map(s -> "• " + DiscordText.source(s))
                  .collect(Collectors.joining("\n"))));
    }
    none.help().ifPresent(help -> fields.add(new Card.Field("Need a human?", escape(help))));
    return new Card("", description.toString(), fields, Optional.empty());
  }

  private static String notes(List<String> notes) {
    return notes.stream().map(n -> "*" + escape(n) + "*\n").collect(Collectors.joining());
  }
}
