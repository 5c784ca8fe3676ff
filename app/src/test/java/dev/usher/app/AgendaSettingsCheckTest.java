package dev.usher.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./usher check} knows the {@code agenda:} section and its keys. */
class AgendaSettingsCheckTest {
  @TempDir Path folder;

  private CommandLineRun check(String yaml) throws Exception {
    Files.writeString(folder.resolve("usher.yaml"), yaml);
    Files.writeString(folder.resolve("info.md"), "# Venue\n\nThe venue is the town hall.\n");
    return CommandLineRun.of("check", "--data", folder.toString());
  }

  @Test
  void theAgendaSectionIsAKnownKeyAndItsKeysAreRead() throws Exception {
    CommandLineRun run =
        check(
            """
        name: Demo
        timezone: Europe/Berlin
        documents: [info.md]
        agenda:
          remind_minutes: 15
          keep_days: 7
        """);

    assertThat(run.out()).as(run.out() + run.err()).doesNotContain("problem:");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void aMisspeltAgendaKeyGetsDidYouMeanAndABadValueIsNamed() throws Exception {
    CommandLineRun run =
        check(
            """
        name: Demo
        timezone: Europe/Berlin
        documents: [info.md]
        agenda:
          remind_minute: 15
        """);
    CommandLineRun bad =
        check(
            """
        name: Demo
        timezone: Europe/Berlin
        documents: [info.md]
        agenda:
          remind_minutes: soon
        """);

    assertThat(run.out())
        .contains(
            "problem: usher.yaml: unknown key 'agenda.remind_minute': did you mean 'agenda.remind_minutes'?");
    assertThat(bad.out())
        .contains("agenda.remind_minutes must be a whole number from 0 to 1440, not 'soon'");
  }
}
