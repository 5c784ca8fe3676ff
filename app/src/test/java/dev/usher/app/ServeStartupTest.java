package dev.usher.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.usher.app.cli.ServeCommand;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * What {@code usher serve} checks before it reads a token or contacts a platform: the serve lock
 * and the reminder ledger. Runs without tokens, so reaching a platform would end in exit code 3.
 */
class ServeStartupTest {
  @TempDir Path folder;

  @BeforeEach
  void conferenceWithReminders() throws Exception {
    Files.writeString(
        folder.resolve("usher.yaml"),
        """
        name: Lock Conf
        timezone: Europe/Brussels
        schedule: [schedule.yaml]
        reminders:
          daily:
            at: "07:30"
            slack: ["C0123ABCD"]
        """);
    Files.writeString(
        folder.resolve("schedule.yaml"),
        """
        - id: k1
          title: Opening keynote
          start: 2026-04-25 09:00
          end: 2026-04-25 10:00
        """);
  }

  @Test
  void aCorruptLedgerStopsServeWithOneLineBeforeAnyPlatform() throws Exception {
    Path ledger = folder.resolve(".usher/reminders.db");
    Files.createDirectories(ledger.getParent());
    Files.writeString(ledger, "not a database, whatever its name says ".repeat(200));

    CommandLineRun run = CommandLineRun.of("serve", "--data", folder.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(5);
    List<String> lines = run.err().lines().filter(l -> l.startsWith("usher: ")).toList();
    assertThat(lines)
        .singleElement()
        .asString()
        .contains(ledger.toAbsolutePath().toString())
        .contains("not an SQLite database or is corrupt");
    assertThat(run.err())
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("No chat platform");
  }

  @Test
  void aSecondServeOnTheSameFolderIsRefusedBeforeReadingAnything() throws Exception {
    Process first = dev.usher.app.state.ServeLockHolder.start(folder.resolve(".usher"));
    try {
      CommandLineRun run = CommandLineRun.of("serve", "--data", folder.toString());

      assertThat(run.exitCode()).as(run.err()).isEqualTo(5);
      assertThat(run.err().strip())
          .startsWith(
              "usher: another usher serve is already serving this folder (pid " + first.pid())
          .doesNotContain("\n");
      // Refused before the index was opened: nothing but the lock in the state folder.
      try (var files = Files.list(folder.resolve(".usher"))) {
        assertThat(files.map(p -> p.getFileName().toString())).containsExactly("serve.lock");
      }
    } finally {
      first.destroyForcibly().waitFor();
    }
  }

  @Test
  void anUnreachableSharedStateStopsAReplicaWithOneLineThatNeverShowsThePassword()
      throws Exception {
    Files.writeString(
        folder.resolve("usher.yaml"),
        Files.readString(folder.resolve("usher.yaml")) + "state: ${USHER_STATE_URL}\n");
    String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder serve =
        new ProcessBuilder(
                javaCommand,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--data",
                folder.toString())
            .redirectErrorStream(true);
    serve.environment().keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("DISCORD_"));
    // Nothing listens on port 1 of the loopback address.
    serve.environment().put("USHER_STATE_URL", "postgres://usher:s3cret-pw@127.0.0.1:1/usher");

    Process process = serve.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor()).as(output).isEqualTo(5);
    assertThat(output.lines().filter(l -> l.startsWith("usher: ")))
        .singleElement()
        .asString()
        .startsWith(
            "usher: reminder ledger jdbc:postgresql://127.0.0.1:1/usher as usher cannot be reached");
    assertThat(output)
        .doesNotContain("s3cret")
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("connected");
  }

  @Test
  void aHealthyLedgerIsCheckedAndServeGoesOnToLookForPlatforms() {
    CommandLineRun run = CommandLineRun.of("serve", "--data", folder.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    assertThat(folder.resolve(".usher/reminders.db")).isRegularFile();
    assertThat(folder.resolve(".usher/deliveries.db"))
        .as("answered deliveries, kept across restarts")
        .isRegularFile();
  }

  @Test
  void aMisspeltKeyIsLoggedOnceAtStartAndDoesNotStopServe() throws Exception {
    // given the usher.yaml of the set-up with a misspelt key in its reminders
    Files.writeString(
        folder.resolve("usher.yaml"),
        Files.readString(folder.resolve("usher.yaml")) + "  catch_up_grase: 1h\n");
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    Logger logger = (Logger) LoggerFactory.getLogger(ServeCommand.class);
    logger.addAppender(logs);

    // when serve starts (without tokens it ends at the platforms)
    CommandLineRun run;
    try {
      run = CommandLineRun.of("serve", "--data", folder.toString());
    } finally {
      logger.detachAppender(logs);
    }

    // then it got as far as the platforms, and said the line ./usher check prints, once
    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    assertThat(logs.list)
        .filteredOn(e -> e.getFormattedMessage().contains("catch_up_grase"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getLevel()).isEqualTo(Level.WARN);
              assertThat(e.getFormattedMessage())
                  .isEqualTo(
                      "usher.yaml: unknown key 'reminders.catch_up_grase': did you mean"
                          + " 'reminders.catch_up_grace'?");
            });
  }

  @Test
  void aCorruptDeliveryStoreStopsServeWithOneLineBeforeAnyPlatform() throws Exception {
    Path deliveries = folder.resolve(".usher/deliveries.db");
    Files.createDirectories(deliveries.getParent());
    Files.writeString(deliveries, "not a database either ".repeat(200));

    CommandLineRun run = CommandLineRun.of("serve", "--data", folder.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(5);
    assertThat(run.err().lines().filter(l -> l.startsWith("usher: ")).toList())
        .singleElement()
        .asString()
        .contains(deliveries.toAbsolutePath().toString());
    assertThat(run.err())
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("No chat platform");
  }
}
