package dev.usher.knowledge.complete;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.command.CompletionKind;
import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScheduleCompletionsTest {
  private static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");

  private final ScheduleCompletions completions =
      ScheduleCompletions.of(
          new Schedule(
              ZONE,
              List.of(
                  session(
                      "b",
                      "Transformers are Inherently Succinct",
                      "2026-04-24T15:00",
                      "Room 201",
                      "Orals",
                      "Pascal Bergsträßer"),
                  session(
                      "a", "Opening Remarks", "2026-04-24T08:30", "Oral Hall", "Main conference"),
                  session(
                      "c",
                      "Learning to Listen: Machine Learning for Audio",
                      "2026-04-25T14:00",
                      "Room 202",
                      "Workshops",
                      "Alice Baird",
                      "Chris Donahue"),
                  session(
                      "d",
                      "Graph Foundation Models",
                      "2026-04-25T09:00",
                      "Room 201",
                      "Workshops",
                      "Xingyue Huang"))));

  private static Session session(
      String id, String title, String start, String room, String track, String... speakers) {
    ZonedDateTime begin = LocalDateTime.parse(start).atZone(ZONE);
    return new Session(
        id,
        title,
        begin,
        begin.plusHours(1),
        Optional.of(room),
        Optional.of(track),
        List.of(speakers),
        "",
        Optional.empty());
  }

  @AfterEach
  void close() {
    completions.close();
  }

  @Test
  void completesPrefixesOfAnyWordCaseAndAccentBlind() {
    assertThat(completions.complete(CompletionKind.SESSION, "succ", 5))
        .containsExactly("Transformers are Inherently Succinct");
    assertThat(completions.complete(CompletionKind.SPEAKER, "bergstra", 5))
        .containsExactly("Pascal Bergsträßer");
    assertThat(completions.complete(CompletionKind.SPEAKER, "BAI", 5))
        .containsExactly("Alice Baird");
    assertThat(completions.complete(CompletionKind.ROOM, "room", 5))
        .containsExactlyInAnyOrder("Room 201", "Room 202");
  }

  @Test
  void toleratesTyposInWholeWords() {
    assertThat(completions.complete(CompletionKind.SESSION, "fundation models", 5))
        .containsExactly("Graph Foundation Models");
    assertThat(completions.complete(CompletionKind.TRACK, "worksops", 5))
        .containsExactly("Workshops");
  }

  @Test
  void anEmptyPrefixGivesSessionsInTimeOrderAndOtherValuesAlphabetically() {
    assertThat(completions.complete(CompletionKind.SESSION, "", 2))
        .containsExactly("Opening Remarks", "Transformers are Inherently Succinct");
    assertThat(completions.complete(CompletionKind.TRACK, "", 10))
        .containsExactly("Main conference", "Orals", "Workshops");
  }

  @Test
  void aScheduleWithoutTracksOrSpeakersCompletesNothingForThem() {
    ZonedDateTime start = LocalDateTime.parse("2026-04-24T09:00").atZone(ZONE);
    Session bare =
        new Session(
            "x",
            "Opening",
            start,
            start.plusHours(1),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            "",
            Optional.empty());
    try (ScheduleCompletions bareCompletions =
        ScheduleCompletions.of(new Schedule(ZONE, List.of(bare)))) {
      assertThat(bareCompletions.complete(CompletionKind.TRACK, "wor", 5)).isEmpty();
      assertThat(bareCompletions.complete(CompletionKind.SPEAKER, "", 5)).isEmpty();
      assertThat(bareCompletions.complete(CompletionKind.SESSION, "open", 5))
          .containsExactly("Opening");
    }
  }

  @Test
  void neverReturnsMoreThanAskedAndNothingForDays() {
    assertThat(completions.complete(CompletionKind.SESSION, "", 1)).hasSize(1);
    assertThat(completions.complete(CompletionKind.DAY, "to", 5)).isEmpty();
  }
}
