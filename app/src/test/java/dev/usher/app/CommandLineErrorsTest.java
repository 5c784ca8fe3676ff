package dev.usher.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Expected failures are one line and a documented exit code; every command takes --help. */
class CommandLineErrorsTest {
  @TempDir Path folder;

  @ParameterizedTest
  @ValueSource(strings = {"serve", "console", "ask", "index", "eval", "reminders", "check"})
  void everyCommandPrintsItsHelpAndExitsZero(String command) {
    CommandLineRun run = CommandLineRun.of(command, "--help");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Usage: usher " + command).contains("--help");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void evalOfAMissingFileSaysItDoesNotExist() {
    CommandLineRun run =
        CommandLineRun.of(
            "eval",
            folder.resolve("nope.tsv").toString(),
            "--data",
            SampleConference.FOLDER.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err().strip())
        .isEqualTo(
            "usher: eval: the question set " + folder.resolve("nope.tsv") + " does not exist");
  }

  @Test
  void theBareCommandAndServeFailTheSameWayOnABadConfig() throws Exception {
    // given a folder whose usher.yaml names no zone
    Files.writeString(folder.resolve("usher.yaml"), "name: Demo\n");

    // when served through the bare command and through serve (the bare command serves the sample)
    CommandLineRun serve = CommandLineRun.of("serve", "--data", folder.toString());
    CommandLineRun bare = CommandLineRun.of();

    // then serve says what is missing in one line with exit code 2, and the bare form is serve
    assertThat(serve.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(serve.err().strip())
        .isEqualTo("usher: " + folder.resolve("usher.yaml") + ": the key 'timezone' is required");
    assertThat(bare.exitCode()).isEqualTo(CommandLineRun.of("serve").exitCode()).isNotZero();
  }
}
