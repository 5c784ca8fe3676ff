package dev.usher.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.knowledge.IngestReport.FileReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a folder without usher.yaml: the zone its schedule declares, the folder read once. */
class ConferenceRuntimeTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @TempDir Path temporary;
  private Path folder;

  @BeforeEach
  void writeFolderWithoutSettings() throws Exception {
    System.setProperty("usher.cache", temporary.resolve("cache").toString());
    folder = Files.createDirectories(temporary.resolve("conference"));
    Files.writeString(
        folder.resolve("venue.md"), "# Venue\n\nThe venue is the town hall on the main square.\n");
    Files.writeString(
        folder.resolve("schedule.yaml"),
        """
        conference: Tokyo Demo
        timezone: Asia/Tokyo
        sessions:
          - {id: k1, title: Opening keynote, start: 2026-05-10 09:00, end: 2026-05-10 10:00}
        """);
  }

  @AfterEach
  void clearCache() {
    System.clearProperty("usher.cache");
  }

  @Test
  void aFolderWithoutSettingsIsReadOnceInTheZoneItsScheduleDeclaresAtEveryStart() {
    for (int start = 1; start <= 2; start++) {
      List<FileReport> progress = new ArrayList<>();
      try (ConferenceRuntime runtime = ConferenceRuntime.open(folder, progress::add)) {
        assertThat(runtime.conference().zone()).isEqualTo(TOKYO);
        assertThat(runtime.conference().name()).isEqualTo("Tokyo Demo");
        assertThat(runtime.knowledge().schedule().sessions())
            .singleElement()
            .satisfies(s -> assertThat(s.start().toLocalTime()).hasToString("09:00"))
            .satisfies(s -> assertThat(s.start().getZone()).isEqualTo(TOKYO));
        assertThat(progress)
            .as("start %d: each file told once", start)
            .extracting(FileReport::path)
            .containsExactly("venue.md", "schedule.yaml");
      }
    }
  }
}
