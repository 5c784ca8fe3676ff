package dev.usher.core.reply;

/**
 * What the bot says back. A closed set: each renderer switches over it exhaustively, so a new kind
 * of reply fails to compile until every platform can show it.
 */
public sealed interface Reply
    permits Answer, SessionCards, ScheduleOverview, NoAnswer, Info, ScheduleChanges, FileReply {

  /** Lines shown before the reply itself, such as "your question was cut to 500 characters". */
  java.util.List<String> notes();

  /** The same reply with {@code note} shown before its other notes. */
  Reply withNote(String note);

  /** Buttons shown under the reply, in order; none unless a kind of reply carries them. */
  default java.util.List<Button> buttons() {
    return java.util.List.of();
  }
}
