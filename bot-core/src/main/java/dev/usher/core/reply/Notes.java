package dev.usher.core.reply;

import java.util.ArrayList;
import java.util.List;

/** The notes of a reply with one more in front, for {@link Reply#withNote}. */
final class Notes {
  private Notes() {}

  static List<String> first(String note, List<String> notes) {
    List<String> all = new ArrayList<>(notes.size() + 1);
    all.add(note);
    all.addAll(notes);
    return all;
  }
}
