package dev.usher.core.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The names a question may call each room by when it does not name the room in full: the
 * distinctive words of the whole name and, for "B2.105 (Main Hall)" or "Hall A - Ground floor", of
 * each part, since attendees type the code or the name alone. Worked out once per schedule: doing
 * it on every schedule question re-split and re-tokenized every room name each time.
 */
final class RoomNames {
  /** Words that say "a room" rather than which one ("hall", "saal", "stage"). */
  static final Set<String> ROOM_WORDS =
      Set.of("room", "hall", "saal", "stage", "auditorium", "salle", "raum", "theater", "theatre");

  /** One way of naming {@code room}: its distinctive words, folded and joined by spaces. */
  private record Name(String room, String distinctive) {}

  private final List<Name> names;

  RoomNames(List<String> rooms) {
    List<Name> found = new ArrayList<>();
    for (String room : rooms) {
      for (String name : parts(room)) {
        List<String> distinctive =
            Words.tokens(name).stream().filter(w -> !ROOM_WORDS.contains(w)).toList();
        if (!distinctive.isEmpty()) {
          found.add(new Name(room, String.join(" ", distinctive)));
        }
      }
    }
    this.names = List.copyOf(found);
  }

  /**
   * The rooms {@code text} (folded words, a space before and after each) names: by a distinctive
   * part of more than three characters alone ("saal g" needs its room word: "g" alone is no room).
   */
  List<String> namedIn(String text) {
    List<String> found = new ArrayList<>();
    for (Name name : names) {
      if (namedBy(text, name.distinctive())) {
        found.add(name.room());
      }
    }
    return found.stream().distinct().toList();
  }

  private static List<String> parts(String room) {
    List<String> parts = new ArrayList<>(List.of(room));
    for (String part : room.split("[()\\[\\]]|\\s[-–—|/]\\s")) {
      if (!part.isBlank() && !part.strip().equals(room)) {
        parts.add(part.strip());
      }
    }
    return parts;
  }

  private static boolean namedBy(String text, String distinctive) {
    if (distinctive.length() > 3) {
      return text.contains(" " + distinctive + " ");
    }
    return ROOM_WORDS.stream()
        .anyMatch(roomWord -> text.contains(" " + roomWord + " " + distinctive + " "));
  }
}
