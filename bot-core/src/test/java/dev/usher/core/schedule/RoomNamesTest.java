package dev.usher.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoomNamesTest {
  private final RoomNames rooms =
      new RoomNames(List.of("B2.105 (Main Hall)", "Saal G", "Hall A - Ground floor", "Room 2"));

  @Test
  void aPartOfTheNameIsEnoughWhenItIsDistinctive() {
    assertThat(rooms.namedIn(" where is main ")).containsExactly("B2.105 (Main Hall)");
    assertThat(rooms.namedIn(" what is on the ground floor "))
        .containsExactly("Hall A - Ground floor");
  }

  @Test
  void aShortPartNeedsItsRoomWord() {
    assertThat(rooms.namedIn(" talks in saal g ")).containsExactly("Saal G");
    assertThat(rooms.namedIn(" talks in room 2 ")).containsExactly("Room 2");
    assertThat(rooms.namedIn(" plan g talks 2 ")).isEmpty();
  }

  @Test
  void aRoomNamedTwoWaysIsFoundOnce() {
    assertThat(rooms.namedIn(" main hall b2 105 main ")).containsExactly("B2.105 (Main Hall)");
  }
}
