package dev.usher.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart reads the parsed schedule back from beside the index, and only while it is current. */
class ScheduleCacheRestartTest {
  @TempDir Path root;
  private ConferenceFolder conference;

  @BeforeEach
  void writeConference() {
    conference = ConferenceFolder.in(root).document("docs").schedule("schedule.yaml");
    conference.write("docs/venue.md", "# Venue\n\nThe venue is the Riocentro convention center.\n");
    writeSchedule("Opening keynote");
  }

  private void writeSchedule(String firstTitle) {
    conference.write(
        "schedule.yaml",
        """
        timezone: America/Sao_Paulo
        sessions:
          - {id: k1, title: %s, start: 2026-04-25 09:00, end: 2026-04-25 10:00, room: Hall A}
          - {id: k2, title: Lunch, start: 2026-04-25 12:00, end: 2026-04-25 13:00}
          - {id: k3, start: 2026-04-25 14:00}
        """
            .formatted(firstTitle));
  }

  private Schedule opened() {
    try (LuceneKnowledge knowledge = LuceneKnowledge.open(conference.settings(), file -> {})) {
      return knowledge.schedule();
    }
  }

  private List<String> problems() {
    try (LuceneKnowledge knowledge = LuceneKnowledge.open(conference.settings(), file -> {})) {
      return knowledge.lastReport().problems().stream()
          .map(p -> p.path() + ": " + p.reason())
          .toList();
    }
  }

  private Path cacheFile() {
    return conference.settings().scheduleCacheFile();
  }

  @Test
  void aRestartOnAnUnchangedFolderGivesTheScheduleAndProblemsTheFirstStartGave() {
    // given
    Schedule first = opened();
    List<String> firstProblems = problems();

    // when
    Schedule again = opened();

    // then
    assertThat(cacheFile()).isRegularFile();
    assertThat(again).isEqualTo(first);
    assertThat(again.sessions()).extracting(Session::title).contains("Opening keynote");
    assertThat(problems()).isEqualTo(firstProblems).isNotEmpty();
  }

  @Test
  void aChangedScheduleFileIsReadAgain() {
    // given
    opened();

    // when the file changes (the same length, so only its content tells)
    writeSchedule("Closing keynote");

    // then
    assertThat(opened().sessions()).extracting(Session::title).contains("Closing keynote");
  }

  @Test
  void aDamagedCacheIsRebuiltAndTheScheduleIsReadAsBefore() throws Exception {
    // given
    Schedule first = opened();
    byte[] cached = Files.readAllBytes(cacheFile());

    for (byte[] damaged : List.of(new byte[] {1, 2, 3}, java.util.Arrays.copyOf(cached, 40))) {
      // when
      Files.write(cacheFile(), damaged);

      // then
      assertThat(opened()).isEqualTo(first);
      assertThat(Files.readAllBytes(cacheFile())).isEqualTo(cached);
    }
  }
}
