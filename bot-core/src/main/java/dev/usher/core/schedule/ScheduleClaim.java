package dev.usher.core.schedule;

import dev.usher.core.reply.Reply;
import java.util.Objects;

/**
 * The schedule's answer to a plain-words question.
 *
 * @param certain whether the question is the schedule's alone (now, next, a room, a speaker,
 *     sessions as such); when false, a page that answers better wins
 */
public record ScheduleClaim(Reply reply, boolean certain) {
  public ScheduleClaim {
    Objects.requireNonNull(reply, "reply");
  }
}
