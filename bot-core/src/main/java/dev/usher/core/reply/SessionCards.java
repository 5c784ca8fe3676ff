package dev.usher.core.reply;

import dev.usher.core.conference.Session;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sessions answering a schedule question, in time order, to be shown as cards in the conference's
 * zone.
 *
 * @param heading what the list is, such as "Next in Room 2"
 * @param sessions the sessions shown; may be fewer than {@code total}
 * @param total how many sessions matched in all
 * @param more how to see the rest when {@code sessions} is not all of them
 * @param buttons shown under the cards (the bot adds a "Star" button per session when it keeps
 *     agendas)
 */
public record SessionCards(
    String heading,
    List<Session> sessions,
    int total,
    Optional<String> more,
    ZoneId zone,
    List<String> notes,
    List<Button> buttons)
    implements Reply {
  /** Cards without buttons. */
  public SessionCards(
      String heading,
      List<Session> sessions,
      int total,
      Optional<String> more,
      ZoneId zone,
      List<String> notes) {
    this(heading, sessions, total, more, zone, notes, List.of());
  }

  public SessionCards {
    Objects.requireNonNull(heading, "heading");
    sessions = List.copyOf(sessions);
    Objects.requireNonNull(more, "more");
    Objects.requireNonNull(zone, "zone");
    notes = List.copyOf(notes);
    buttons = List.copyOf(buttons);
    if (total < sessions.size()) {
      throw new IllegalArgumentException("total " + total + " < shown " + sessions.size());
    }
  }

  @Override
  public SessionCards withNote(String note) {
    return new SessionCards(
        heading, sessions, total, more, zone, Notes.first(note, notes), buttons);
  }

  /** The same cards with {@code newButtons} under them instead. */
  public SessionCards withButtons(List<Button> newButtons) {
    return new SessionCards(heading, sessions, total, more, zone, notes, newButtons);
  }
}
