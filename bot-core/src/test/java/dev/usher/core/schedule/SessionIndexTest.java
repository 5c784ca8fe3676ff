package dev.usher.core.schedule;

import static dev.usher.core.schedule.Fixtures.RIO;
import static dev.usher.core.schedule.Fixtures.conference;
import static dev.usher.core.schedule.Fixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionIndexTest {
  private final SessionIndex index = new SessionIndex(conference());

  private static List<String> ids(List<Session> sessions) {
    return sessions.stream().map(Session::id).toList();
  }

  @Test
  void roomsTracksAndSpeakersListTheirSessionsInScheduleOrder() {
    assertThat(ids(index.inRooms(List.of("Room 201"))))
        .containsExactly("succinct", "graphs", "trust");
    assertThat(ids(index.inRooms(List.of("Terrace", "Room 202"))))
        .containsExactly("party", "late-jam", "audio");
    assertThat(ids(index.inTracks(List.of("Orals")))).containsExactly("llms-lost", "succinct");
    assertThat(ids(index.ofSpeakers(List.of("Alice Baird", "Pascal Bergsträßer"))))
        .containsExactly("succinct", "audio");
    assertThat(index.inRooms(List.of("Nowhere"))).isEmpty();
  }

  @Test
  void namedSessionsAreThoseOfEveryNamedKindAndNothingNamedMeansAll() {
    assertThat(
            index
                .named(List.of("Room 201"), List.of("Orals"), List.of())
                .map(SessionIndexTest::ids))
        .contains(List.of("succinct"));
    assertThat(
            index
                .named(List.of("Oral Hall"), List.of(), List.of("Yann Lecun"))
                .map(SessionIndexTest::ids))
        .contains(List.of("keynote"));
    assertThat(index.named(List.of(), List.of(), List.of())).isEmpty();
  }

  @Test
  void sessionsWithoutARoomAreKeptUnderNoRoomForNext() {
    Session noRoom =
        new Session(
            "walk",
            "Morning walk",
            session("x", "x", "2026-04-24T07:00", 30, "r", "t").start(),
            session("x", "x", "2026-04-24T07:30", 30, "r", "t").start(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            "",
            Optional.empty());
    SessionIndex withWalk = new SessionIndex(new Schedule(RIO, List.of(noRoom)));

    assertThat(withWalk.roomKeys()).containsExactly("");
    assertThat(ids(withWalk.room("").sessions())).containsExactly("walk");
    assertThat(withWalk.position(noRoom)).isZero();
  }
}
