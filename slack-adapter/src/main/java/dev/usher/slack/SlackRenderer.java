package dev.usher.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import dev.usher.core.conference.Session;
import dev.usher.core.reply.Answer;
import dev.usher.core.reply.FileReply;
import dev.usher.core.reply.Info;
import dev.usher.core.reply.NoAnswer;
import dev.usher.core.reply.Reply;
import dev.usher.core.reply.ScheduleChanges;
import dev.usher.core.reply.ScheduleOverview;
import dev.usher.core.reply.SessionCards;
import dev.usher.core.reply.Snippet;
import dev.usher.core.reply.Source;
import dev.usher.core.reply.TimeFormat;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns replies into Slack messages within Slack's limits: at most 3,000 characters per section
 * text, 50 blocks per message, and {@link SlackMessage#MAX_BLOCK_TEXT} characters of block text per
 * message. Longer replies become several messages (at most {@link #MAX_MESSAGES}, the most a slash
 * command's response URL accepts), and what still does not fit is summarized in a last line; no
 * reply is ever refused. All text from documents and users is escaped. Thread-safe.
 */
final class SlackRenderer {
  static final int MAX_SECTION_TEXT = 3000;
  static final int MAX_MESSAGES = 5;
  private static final int MAX_FALLBACK_TEXT = 500;

  private final String helpCommand;

  /**
   * @param helpCommand the slash command that shows help here, such as {@code /help}
   */
  SlackRenderer(String helpCommand) {
    this.helpCommand = Objects.requireNonNull(helpCommand, "helpCommand");
  }

  List<SlackMessage> render(Reply reply) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (!reply.notes().isEmpty()) {
      blocks.add(
          context(reply.notes().stream().map(Mrkdwn::escape).collect(Collectors.joining("\n"))));
    }
    String fallback =
        switch (reply) {
          case Answer answer -> answer(answer, blocks);
          case SessionCards cards -> cards(cards, blocks);
          case ScheduleOverview overview -> overview(overview, blocks);
          case NoAnswer noAnswer -> noAnswer(noAnswer, blocks);
          case Info info -> info(info, blocks);
          case ScheduleChanges changes -> changes(changes, blocks);
          case FileReply file -> info(new Info(file.title(), file.text()), blocks);
        };
    buttons(reply.buttons(), blocks);
    return paginate(Mrkdwn.escape(Mrkdwn.truncate(fallback, MAX_FALLBACK_TEXT)), blocks);
  }

  /** Slack's limit of elements in one {@code actions} block. */
  static final int BUTTONS_PER_BLOCK = 25;

  /**
   * The reply's buttons in {@code actions} blocks at the end (so on its last message): the action
   * is the button's {@code action_id} (unique in the message) and its value, the label plain text.
   */
  private static void buttons(List<dev.usher.core.reply.Button> buttons, List<LayoutBlock> blocks) {
    for (int i = 0; i < buttons.size(); i += BUTTONS_PER_BLOCK) {
      List<BlockElement> elements =
          buttons.subList(i, Math.min(buttons.size(), i + BUTTONS_PER_BLOCK)).stream()
              .<BlockElement>map(
                  b ->
                      ButtonElement.builder()
                          .text(PlainTextObject.builder().text(b.label()).emoji(false).build())
                          .actionId(b.action())
                          .value(b.action())
                          .build())
              .toList();
      blocks.add(ActionsBlock.builder().elements(elements).build());
    }
  }

  private String answer(Answer answer, List<LayoutBlock> blocks) {
    sections(emphasized(answer.text()), blocks);
    blocks.add(context("From " + source(answer.source())));
    for (Answer.AlsoIn also : answer.alsoIn()) {
      sections("*Also in* " + source(also.source()) + "\n" + emphasized(also.text()), blocks);
    }
    return answer.text().text();
  }

  private String cards(SessionCards cards, List<LayoutBlock> blocks) {
    sections("*" + Mrkdwn.escape(cards.heading()) + "*", blocks);
    for (Session session : cards.sessions()) {
      sections(card(session, cards.zone()), blocks);
    }
    int hidden = cards.total() - cards.sessions().size();
    if (cards.more().isPresent() || hidden > 0) {
      blocks.add(context(Mrkdwn.escape(cards.more().orElse(hidden + " more not shown"))));
    }
    return cards.heading()
        + ": "
        + cards.sessions().stream().map(Session::title).collect(Collectors.joining(", "));
  }

  private String overview(ScheduleOverview overview, List<LayoutBlock> blocks) {
    sections("*" + Mrkdwn.escape(overview.heading()) + "*", blocks);
    for (ScheduleOverview.Group group : overview.groups()) {
      StringBuilder text =
          new StringBuilder("*" + Mrkdwn.escape(group.label()) + "* (" + group.count() + ")");
      for (Session session : group.highlights()) {
        text.append("\n• ")
            .append(TimeFormat.time(session.start(), overview.zone()))
            .append(" ")
            .append(Mrkdwn.escape(session.title()))
            .append(session.room().map(r -> " · " + Mrkdwn.escape(r)).orElse(""));
      }
      int hidden = group.count() - group.highlights().size();
      if (hidden > 0) {
        text.append("\n… and ").append(hidden).append(" more");
      }
      sections(text.toString(), blocks);
    }
    if (!overview.showMore().isEmpty()) {
      blocks.add(
          context(
              "See all of it: "
                  + overview.showMore().stream()
                      .map(c -> "`" + Mrkdwn.escape(c) + "`")
                      .collect(Collectors.joining("  "))));
    }
    return overview.heading();
  }

  private String noAnswer(NoAnswer noAnswer, List<LayoutBlock> blocks) {
    StringBuilder text = new StringBuilder(Mrkdwn.escape(noAnswer.message()));
    if (!noAnswer.didYouMean().isEmpty()) {
      text.append("\nDid you mean: ")
          .append(
              noAnswer.didYouMean().stream()
                  .map(w -> "_" + Mrkdwn.escape(w) + "_")
                  .collect(Collectors.joining(", ")));
    }
    if (!noAnswer.closest().isEmpty()) {
      text.append("\nClosest topics: ")
          .append(
              noAnswer.closest().stream()
                  .map(SlackRenderer::source)
                  .collect(Collectors.joining(", ")));
    }
    sections(text.toString(), blocks);
    String help = noAnswer.help().map(h -> Mrkdwn.escape(h) + " ").orElse("");
    blocks.add(context(help + "Type `" + Mrkdwn.escape(helpCommand) + "` to see what I can do."));
    return noAnswer.message();
  }

  /** A section per change: the title in bold, then what it was and what it is now. */
  private String changes(ScheduleChanges changes, List<LayoutBlock> blocks) {
    sections("*" + Mrkdwn.escape(changes.heading()) + "*", blocks);
    for (ScheduleChanges.Line line : changes.lines()) {
      StringBuilder text =
          new StringBuilder(Mrkdwn.escape(line.change()))
              .append(": *")
              .append(Mrkdwn.escape(line.title()))
              .append("*");
      line.was().ifPresent(was -> text.append("\nWas: ").append(Mrkdwn.escape(was)));
      line.now().ifPresent(now -> text.append("\nNow: ").append(Mrkdwn.escape(now)));
      sections(text.toString(), blocks);
    }
    blocks.add(
        context("Times in the conference's zone, " + Mrkdwn.escape(changes.zone().getId()) + "."));
    return changes.heading()
        + ": "
        + changes.lines().stream()
            .map(ScheduleChanges.Line::text)
            .collect(Collectors.joining("; "));
  }

  private String info(Info info, List<LayoutBlock> blocks) {
    sections("*" + Mrkdwn.escape(info.title()) + "*\n" + Mrkdwn.escape(info.text()), blocks);
    return info.title() + ": " + info.text();
  }

  private static String card(Session session, ZoneId zone) {
    ZonedDateTime start = session.start().withZoneSameInstant(zone);
    ZonedDateTime end = session.end().withZoneSameInstant(zone);
    String local = TimeFormat.span(session, zone);
    StringBuilder card =
        new StringBuilder("*").append(Mrkdwn.escape(session.title())).append("*\n");
    card.append(dateToken(start, "{date_short_pretty} {time}", TimeFormat.shortMoment(start, zone)))
        .append("\u2013")
        .append(dateToken(end, "{time}", TimeFormat.time(end, zone)))
        .append(" (your time) \u00b7 ")
        .append(local)
        .append(" ")
        .append(Mrkdwn.escape(zone.getId()))
        .append(" (conference time)");
    List<String> where = new ArrayList<>();
    session.room().ifPresent(where::add);
    session.track().ifPresent(where::add);
    if (!where.isEmpty()) {
      card.append("\n").append(Mrkdwn.escape(String.join(" \u00b7 ", where)));
    }
    if (!session.speakers().isEmpty()) {
      card.append("\n").append(Mrkdwn.escape(String.join(", ", session.speakers())));
    }
    session
        .url()
        .ifPresent(
            u -> card.append("\n").append(Mrkdwn.link(Optional.of(u.toString()), "Details")));
    return card.toString();
  }

  /** A date Slack shows in each reader's own zone, with the conference-local text as fallback. */
  private static String dateToken(ZonedDateTime time, String format, String fallback) {
    return "<!date^" + time.toEpochSecond() + "^" + format + "|" + fallback + ">";
  }

  private static String emphasized(Snippet snippet) {
    StringBuilder text = new StringBuilder();
    int at = 0;
    for (Snippet.Span span : snippet.emphasis()) {
      text.append(Mrkdwn.escape(snippet.text().substring(at, span.start())));
      String marked = snippet.text().substring(span.start(), span.end());
      String core = marked.strip();
      if (core.isEmpty()) {
        text.append(Mrkdwn.escape(marked));
      } else {
        int lead = marked.indexOf(core);
        text.append(marked, 0, lead)
            .append('*')
            .append(Mrkdwn.escape(core.replace('*', '\u2217')))
            .append('*')
            .append(marked.substring(lead + core.length()));
      }
      at = span.end();
    }
    return text.append(Mrkdwn.escape(snippet.text().substring(at))).toString();
  }

  /**
   * A source as a link when it has one (only ever one the organizer configured), else its title and
   * its path in the conference folder, so a title alone cannot pass for an official page.
   */
  private static String source(Source source) {
    String label = source.title() + source.section().map(s -> " \u203a " + s).orElse("");
    return Mrkdwn.webLink(source.url(), label.replace("://", ":\u200B//"))
        .orElseGet(
            () ->
                Mrkdwn.label(label) + " (`" + Mrkdwn.escape(source.id().replace('`', '\'')) + "`)");
  }

  private static void sections(String mrkdwn, List<LayoutBlock> blocks) {
    for (String piece : Mrkdwn.split(mrkdwn, MAX_SECTION_TEXT)) {
      if (!piece.isBlank()) {
        blocks.add(SectionBlock.builder().text(markdown(piece)).build());
      }
    }
  }

  private static ContextBlock context(String mrkdwn) {
    return ContextBlock.builder()
        .elements(List.of(markdown(Mrkdwn.truncate(mrkdwn, MAX_SECTION_TEXT))))
        .build();
  }

  private static MarkdownTextObject markdown(String text) {
    return MarkdownTextObject.builder().text(text).verbatim(true).build();
  }

  private static List<SlackMessage> paginate(String fallback, List<LayoutBlock> blocks) {
    List<List<LayoutBlock>> pages = new ArrayList<>();
    List<LayoutBlock> page = new ArrayList<>();
    int text = 0;
    for (int i = 0; i < blocks.size(); i++) {
      LayoutBlock block = blocks.get(i);
      int length = SlackMessage.textLength(block);
      boolean full =
          page.size() == SlackMessage.MAX_BLOCKS || text + length > SlackMessage.MAX_BLOCK_TEXT;
      if (full && !page.isEmpty()) {
        if (pages.size() == MAX_MESSAGES - 1) {
          summarizeRest(page, text, blocks.size() - i);
          break;
        }
        pages.add(page);
        page = new ArrayList<>();
        text = 0;
      }
      page.add(block);
      text += length;
    }
    pages.add(page);
    List<SlackMessage> messages = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      messages.add(new SlackMessage(i == 0 ? fallback : fallback + " (continued)", pages.get(i)));
    }
    return messages;
  }

  /** Ends the last page with a line saying how much was left out, dropping blocks to fit it. */
  private static void summarizeRest(List<LayoutBlock> page, int text, int left) {
    int hidden = left;
    ContextBlock summary = summary(hidden);
    while (page.size() > 1
        && (page.size() + 1 > SlackMessage.MAX_BLOCKS
            || text + SlackMessage.textLength(summary) > SlackMessage.MAX_BLOCK_TEXT)) {
      text -= SlackMessage.textLength(page.removeLast());
      summary = summary(++hidden);
    }
    page.add(summary);
  }

  private static ContextBlock summary(int hidden) {
    return context(
        "\u2026 and "
            + hidden
            + " more parts too long for Slack. Narrow the question to see them.");
  }
}
