package dev.usher.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.app.ConferenceRuntime;
import dev.usher.app.render.TextRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agenda commands in the console: star, list, export to a file whose path is printed. */
class ConsoleAgendaTest {
  @TempDir Path folder;
  private ConsoleSession session;

  @BeforeEach
  void open() throws Exception {
    Files.writeString(
        folder.resolve("usher.yaml"),
        "name: Demo\ntimezone: Europe/Berlin\nschedule: [schedule.yaml]\n");
    Files.writeString(
        folder.resolve("schedule.yaml"),
        """
        sessions:
          - id: keynote
            title: Opening keynote
            start: "2026-06-01T09:00"
            end: "2026-06-01T10:00"
            room: Main hall
          - id: rust
            title: Rust in production
            start: "2026-06-01T09:30"
            end: "2026-06-01T10:15"
            room: Room 2
        """);
    session =
        new ConsoleSession(
            () -> ConferenceRuntime.open(folder, file -> {}),
            new ConferenceOptions(),
            new TextRenderer(false));
  }

  @AfterEach
  void close() {
    session.close();
  }

  @Test
  void starListAndExportTheAgendaToAFileThatIsPrinted() throws Exception {
    assertThat(session.respond("/star Opening keynote").orElseThrow()).startsWith("Starred");
    assertThat(session.respond("/star Rust in production").orElseThrow())
        .contains("It overlaps with \"Opening keynote\"");
    assertThat(session.respond("/agenda").orElseThrow())
        .contains("Opening keynote", "Rust in production");

    String exported = session.respond("/agenda ics").orElseThrow();

    String path =
        exported
            .lines()
            .filter(l -> l.startsWith("Written to "))
            .findFirst()
            .orElseThrow()
            .substring("Written to ".length());
    assertThat(Path.of(path)).hasFileName("agenda.ics").isNotEmptyFile();
    assertThat(Path.of(path).startsWith(folder))
        .as("not written into the conference folder")
        .isFalse();
    assertThat(Files.readString(Path.of(path)))
        .contains("BEGIN:VCALENDAR", "SUMMARY:Opening keynote", "TZID:Europe/Berlin");
  }

  @Test
  void completingStarredOffersOnlyTheStarredSessions() {
    assertThat(session.respond("/complete starred ").orElseThrow()).isEmpty();
    session.respond("/star Rust in production");

    assertThat(session.respond("/complete starred ").orElseThrow()).isEqualTo("Rust in production");
    assertThat(session.respond("/complete starred prod").orElseThrow())
        .isEqualTo("Rust in production");
    assertThat(session.respond("/complete starred open").orElseThrow()).isEmpty();
    assertThat(session.respond("/complete session open").orElseThrow())
        .isEqualTo("Opening keynote");
  }

  @Test
  void forgetMeEmptiesTheAgenda() {
    session.respond("/star Opening keynote");

    assertThat(session.respond("/forget-me").orElseThrow()).startsWith("Forgotten");
    assertThat(session.respond("/agenda").orElseThrow()).contains("Your agenda is empty");
  }
}
