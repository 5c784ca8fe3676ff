package dev.usher.app.render;

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
import java.util.StringJoiner;

/**
 * Replies as terminal text: exactly what an attendee would read, with emphasis marked only when
 * {@code emphasize} is set (ANSI bold for an interactive terminal).
 */
public final class TextRenderer {
  private static final String BOLD = "\u001b[1m";
  private static final String PLAIN = "\u001b[0m";

  private final boolean emphasize;

  public TextRenderer(boolean emphasize) {
    this.emphasize = emphasize;
  }

  public String render(Reply reply) {
    StringBuilder out = new StringBuilder();
    reply.notes().forEach(note -> out.append("(").append(note).append(")\n"));
    switch (reply) {
      case Answer answer -> answer(answer, out);
      case SessionCards cards -> cards(cards, out);
      case ScheduleOverview overview -> overview(overview, out);
      case NoAnswer none -> noAnswer(none, out);
      case Info info -> out.append(info.title()).append("\n").append(info.text());
      case ScheduleChanges changes -> changes(changes, out);
      case FileReply file -> out.append(file.title()).append("\n").append(file.text());
    }
    return out.toString().stripTrailing();
  }

  private static void changes(ScheduleChanges changes, StringBuilder out) {
    out.append(changes.heading()).append(" (times in ").append(changes.zone().getId()).append(")");
    changes.lines().forEach(line -> out.append("\n- ").append(line.text()));
  }

  private void answer(Answer answer, StringBuilder out) {
    out.append(snippet(answer.text())).append("\n\nSource: ").append(source(answer.source()));
    for (Answer.AlsoIn also : answer.alsoIn()) {
      out.append("\nAlso in ")
          .append(source(also.source()))
          .append(": ")
          .append(snippet(also.text()));
    }
  }

  private void cards(SessionCards cards, StringBuilder out) {
    out.append(cards.heading());
    for (Session session : cards.sessions()) {
      out.append("\n\n").append(card(session, cards.zone()));
    }
    cards.more().ifPresent(more -> out.append("\n\n").append(more));
  }

  private void overview(ScheduleOverview overview, StringBuilder out) {
    out.append(overview.heading());
    for (ScheduleOverview.Group group : overview.groups()) {
      out.append("\n\n").append(group.label()).append(" (").append(group.count()).append(")");
      for (Session session : group.highlights()) {
        out.append("\n  ")
            .append(TimeFormat.time(session.start(), overview.zone()))
            .append(" ")
            .append(session.title())
            .append(session.room().map(r -> " · " + r).orElse(""));
      }
      int hidden = group.count() - group.highlights().size();
      if (hidden > 0) {
        out.append("\n  … and ").append(hidden).append(" more");
      }
    }
    if (!overview.showMore().isEmpty()) {
      out.append("\n\nSee all of it: ").append(String.join("  ", overview.showMore()));
    }
  }

  /** One session as a few lines: title, when, where, who, link. */
  public static String card(Session session, ZoneId zone) {
    StringJoiner where = new StringJoiner(" · ");
    where.add(TimeFormat.span(session, zone));
    session.room().ifPresent(where::add);
    session.track().ifPresent(where::add);
    StringBuilder card = new StringBuilder(session.title()).append("\n").append(where);
    if (!session.speakers().isEmpty()) {
      card.append("\n").append(String.join(", ", session.speakers()));
    }
    session.url().ifPresent(url -> card.append("\n").append(url));
    return card.toString();
  }

  private void noAnswer(NoAnswer none, StringBuilder out) {
    out.append(none.message());
    if (!none.didYouMean().isEmpty()) {
      out.append("\nDid you mean: ").append(String.join(", ", none.didYouMean())).append("?");
    }
    if (!none.closest().isEmpty()) {
      out.append("\nClosest topics:");
      none.closest().forEach(source -> out.append("\n- ").append(source(source)));
    }
    none.help().ifPresent(help -> out.append("\n").append(help));
  }

  private static String source(Source source) {
    String section = source.section().map(s -> " › " + s).orElse("");
    String where = source.url().orElse(source.id());
    return source.title() + section + " (" + where + ")";
  }

  private String snippet(Snippet snippet) {
    if (!emphasize) {
      return snippet.text();
    }
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Snippet.Span span : snippet.emphasis()) {
      out.append(snippet.text(), at, span.start())
          .append(BOLD)
          .append(snippet.text(), span.start(), span.end())
          .append(PLAIN);
      at = span.end();
    }
    return out.append(snippet.text().substring(at)).toString();
  }
}
