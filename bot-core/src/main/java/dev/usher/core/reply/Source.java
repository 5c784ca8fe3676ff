package dev.usher.core.reply;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an answer comes from.
 *
 * @param id a document's path relative to the conference folder, or a session's {@link
 *     dev.usher.core.conference.SessionId#sourceId() session:ID}
 * @param title the document's title, on one line
 * @param section the heading of the part quoted, when the document has headings, on one line
 * @param url a link an attendee can open, when the source has one
 */
public record Source(String id, String title, Optional<String> section, Optional<String> url) {
  /**
   * How the id of an organizer's curated answer ({@code answers.yaml}) begins: {@code
   * answers.yaml#3} is its third entry.
   */
  public static final String ORGANIZER_ANSWER_PREFIX = "answers.yaml#";

  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(url, "url");
    // A source is named in one line of a reply, whatever line breaks the document's heading had.
    title = oneLine(title);
    section = section.map(Source::oneLine);
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** Whether this is one of the organizers' curated answers ({@code answers.yaml}). */
  public boolean organizerAnswer() {
    return id.startsWith(ORGANIZER_ANSWER_PREFIX);
  }

  /** The part after the last {@code /} of the id: a document's file name. */
  public String fileName() {
    return id.substring(id.lastIndexOf('/') + 1);
  }
}
