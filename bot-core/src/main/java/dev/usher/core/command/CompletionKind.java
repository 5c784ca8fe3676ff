package dev.usher.core.command;

/** What a command option completes from. */
public enum CompletionKind {
  SESSION,
  SPEAKER,
  ROOM,
  TRACK,
  DAY,
  /** The sessions in the asking person's agenda (what {@code /unstar} can remove); the core's. */
  STARRED
}
