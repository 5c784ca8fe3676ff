package dev.usher.core.reply;

import java.util.List;
import java.util.Objects;

/**
 * An extractive answer: the sentences that answer, quoted from {@code source}, and other documents
 * that answer too (they may disagree; attendees see both).
 *
 * @param buttons shown under the answer (the bot adds "Helpful" / "Not helpful")
 */
public record Answer(
    Snippet text, Source source, List<AlsoIn> alsoIn, List<String> notes, List<Button> buttons)
    implements Reply {
  public Answer {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    alsoIn = List.copyOf(alsoIn);
    notes = List.copyOf(notes);
    buttons = List.copyOf(buttons);
  }

  /** An answer without buttons. */
  public Answer(Snippet text, Source source, List<AlsoIn> alsoIn, List<String> notes) {
    this(text, source, alsoIn, notes, List.of());
  }

  @Override
  public Answer withNote(String note) {
    return new Answer(text, source, alsoIn, Notes.first(note, notes), buttons);
  }

  /** The same answer with {@code newButtons} under it instead. */
  public Answer withButtons(List<Button> newButtons) {
    return new Answer(text, source, alsoIn, notes, newButtons);
  }

  /** A second source's version of the answer, shown briefly under the first. */
  public record AlsoIn(Snippet text, Source source) {
    public AlsoIn {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(source, "source");
    }
  }
}
