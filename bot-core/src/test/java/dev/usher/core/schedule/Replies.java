package dev.usher.core.schedule;

import dev.usher.core.conference.Session;
import dev.usher.core.reply.Answer;
import dev.usher.core.reply.FileReply;
import dev.usher.core.reply.Info;
import dev.usher.core.reply.NoAnswer;
import dev.usher.core.reply.Reply;
import dev.usher.core.reply.ScheduleChanges;
import dev.usher.core.reply.ScheduleOverview;
import dev.usher.core.reply.SessionCards;
import java.util.List;

/** Reads replies in tests. */
final class Replies {
  private Replies() {}

  static List<String> ids(Reply reply) {
    return switch (reply) {
      case SessionCards cards -> cards.sessions().stream().map(Session::id).toList();
      case ScheduleOverview overview ->
          overview.groups().stream()
              .flatMap(g -> g.highlights().stream())
              .map(Session::id)
              .toList();
      case Answer answer -> List.of();
      case NoAnswer none -> List.of();
      case Info info -> List.of();
      case ScheduleChanges changes -> List.of();
      case FileReply file -> List.of();
    };
  }

  static String text(Reply reply) {
    return switch (reply) {
      case SessionCards cards -> cards.heading() + " " + String.join(" ", cards.notes());
      case ScheduleOverview overview ->
          overview.heading()
              + " "
              + String.join(" ", overview.showMore())
              + " "
              + String.join(" ", overview.notes());
      case Answer answer -> answer.text().text();
      case NoAnswer none -> none.message() + " " + String.join(" ", none.notes());
      case Info info -> info.title() + " " + info.text();
      case ScheduleChanges changes -> changes.heading();
      case FileReply file -> file.title() + " " + file.text();
    };
  }
}
