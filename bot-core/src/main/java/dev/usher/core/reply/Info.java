package dev.usher.core.reply;

import java.util.List;
import java.util.Objects;

/** A plain message: help, about, a reload report, a polite error. */
public record Info(String title, String text, List<String> notes) implements Reply {
  public Info {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    notes = List.copyOf(notes);
  }

  @Override
  public Info withNote(String note) {
    return new Info(title, text, Notes.first(note, notes));
  }

  public Info(String title, String text) {
    this(title, text, List.of());
  }
}
