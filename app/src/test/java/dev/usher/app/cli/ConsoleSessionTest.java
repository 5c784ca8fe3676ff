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

class ConsoleSessionTest {
  @TempDir Path folder;
  private ConsoleSession session;

  @BeforeEach
  void open() throws Exception {
    Files.writeString(
        folder.resolve("usher.yaml"),
        "name: Demo\ntimezone: Europe/Berlin\ndocuments: [info.md]\n");
    Files.writeString(
        folder.resolve("info.md"), "# Venue\n\nThe venue is the town hall on the main square.\n");
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
  void helpListsThePlatformCommandsAndTheConsolesOwn() {
    String help = session.respond("/help").orElseThrow();

    assertThat(help).contains("/schedule", "/next", "/complete", "/reload", "/quit");
  }

  @Test
  void anUnknownCommandSaysSoInsteadOfBeingAsked() {
    assertThat(session.respond("/frobnicate now"))
        .hasValue("Unknown command /frobnicate: /help lists the commands.");
  }

  @Test
  void reloadReadsTheFolderAgain() throws Exception {
    Files.writeString(
        folder.resolve("info.md"), "# Venue\n\nThe venue moved to the old library by the river.\n");

    assertThat(session.respond("/reload").orElseThrow()).startsWith("Reloaded Demo:");
    assertThat(session.respond("where is the venue?").orElseThrow()).contains("old library");
  }

  @Test
  void quitAndExitEndTheSession() {
    assertThat(session.respond("/quit")).isEmpty();
    assertThat(session.respond(" /exit ")).isEmpty();
  }
}
