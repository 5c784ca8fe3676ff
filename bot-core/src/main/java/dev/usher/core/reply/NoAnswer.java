package dev.usher.core.reply;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The honest "I don't know": the material does not answer. Offers other spellings and the closest
 * topics when there are any, and the conference's line for reaching a human.
 */
public record NoAnswer(
    String message,
    Optional<String> help,
    List<String> didYouMean,
    List<Source> closest,
    List<String> notes)
    implements Reply {
  public NoAnswer {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(help, "help");
    didYouMean = List.copyOf(didYouMean);
    closest = List.copyOf(closest);
    notes = List.copyOf(notes);
  }

  @Override
  public NoAnswer withNote(String note) {
    return new NoAnswer(message, help, didYouMean, closest, Notes.first(note, notes));
  }
}
