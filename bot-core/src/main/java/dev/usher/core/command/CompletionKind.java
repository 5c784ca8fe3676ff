package dev.usher.core.command;

/** What a command option completes from. */
public enum CompletionKind {
  SESSION,
  SPEAKER,
  ROOM,
  TRACK,
  DAY
}
