package dev.usher.core.reply;

import java.util.List;
import java.util.Objects;

/**
 * A message with a text file attached, such as the {@code .ics} of an agenda: platforms upload it
 * as a file, the console writes it to disk.
 *
 * @param fileName the name the file is offered under, without folders ({@code agenda.ics})
 * @param mediaType such as {@code text/calendar}
 * @param content the file's text, sent as UTF-8
 */
public record FileReply(
    String title,
    String text,
    String fileName,
    String mediaType,
    String content,
    List<String> notes)
    implements Reply {
  public FileReply {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(content, "content");
    notes = List.copyOf(notes);
    if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
      throw new IllegalArgumentException("fileName must be a plain file name: " + fileName);
    }
  }

  @Override
  public FileReply withNote(String note) {
    return new FileReply(title, text, fileName, mediaType, content, Notes.first(note, notes));
  }
}
