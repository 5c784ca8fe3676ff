package dev.usher.core.reminder;

import dev.usher.core.reply.Answer;
import dev.usher.core.reply.FileReply;
import dev.usher.core.reply.Info;
import dev.usher.core.reply.NoAnswer;
import dev.usher.core.reply.Reply;
import dev.usher.core.reply.ScheduleChanges;
import dev.usher.core.reply.ScheduleOverview;
import dev.usher.core.reply.SessionCards;
import java.time.Instant;
import java.util.Objects;

/**
 * One post the scheduler is to make.
 *
 * @param at when to post
 * @param expires the first instant at which the post is no longer useful: a missed post is sent
 *     late only before this, and skipped after
 */
public record PlannedPost(ReminderKey key, Instant at, Instant expires, Reply reply) {
  public PlannedPost {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(expires, "expires");
    Objects.requireNonNull(reply, "reply");
    if (!expires.isAfter(at)) {
      throw new IllegalArgumentException("expires " + expires + " is not after at " + at);
    }
  }

  /** A one-line description of the post, for logs and the dry run. */
  public String summary() {
    return switch (reply) {
      case SessionCards cards ->
          cards.heading()
              + (cards.sessions().size() == 1
                  ? ": " + cards.sessions().getFirst().title()
                  : " (" + cards.total() + " sessions)");
      case ScheduleOverview overview -> overview.heading() + " (" + overview.total() + " sessions)";
      case Info info -> info.title();
      case Answer answer -> answer.source().title();
      case NoAnswer none -> none.message();
      case ScheduleChanges changes -> changes.heading();
      case FileReply file -> file.title() + " (" + file.fileName() + ")";
    };
  }
}
