package dev.usher.core.reply;

import java.util.List;
import java.util.Objects;

/**
 * An extractive answer: the sentences that answer, quoted from {@code source}, and other documents
 * that answer too (they may disagree; attendees see both).
 */
public record Answer(Snippet text, Source source, List<AlsoIn> alsoIn, List<String> notes)
    implements Reply {
  public Answer {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    alsoIn = List.copyOf(alsoIn);
    notes = List.copyOf(notes);
  }

  @Override
  public Answer withNote(String note) {
    return new Answer(text, source, alsoIn, Notes.first(note, notes));
  }

  /** A second source's version of the answer, shown briefly under the first. */
  public record AlsoIn(Snippet text, Source source) {
    public AlsoIn {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(source, "source");
    }
  }
}
