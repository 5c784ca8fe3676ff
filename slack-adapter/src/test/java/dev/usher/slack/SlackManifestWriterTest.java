package dev.usher.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.command.CommandCatalog;
import dev.usher.core.command.CommandSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlackManifestWriterTest {

  @Test
  void manifestListsEveryCatalogCommandSlackOffers() {
    String manifest = SlackManifestWriter.defaultManifest();

    for (CommandSpec command : CommandCatalog.commands()) {
      String line = "- command: \"/" + command.name() + "\"";
      // Organizer-only ones too: the core decides from the caller's role who may run them.
      assertThat(manifest)
          .contains(line)
          .contains("description: \"" + command.description() + "\"");
    }
    assertThat(manifest)
        .contains("socket_mode_enabled: true")
        .contains("      - app_mention\n      - message.im\n")
        .contains("      - chat:write  # post answers and reminders\n")
        .contains("      - commands  # offer the slash commands\n")
        .contains(
            "      - im:write  # open a direct message to remind an attendee of a session they starred\n")
        .contains(
            "      - files:write  # send an attendee their agenda as an .ics file (/agenda ics)\n")
        .doesNotContain("im:read")
        .contains("usage_hint: \"[day] [room=...] [track=...]\"")
        .doesNotContain("url:");
  }

  @Test
  void manifestUsesTheConfiguredCommandNames() {
    SlackSettings settings =
        SlackSettings.from(Map.of("command_prefix", "conf-", "commands", Map.of("ask", "/usher")));

    String manifest = SlackManifestWriter.manifest("Usher", settings, Optional.empty());

    assertThat(manifest)
        .contains("- command: \"/usher\"")
        .contains("- command: \"/conf-schedule\"")
        .doesNotContain("\"/ask\"");
  }

  @Test
  void httpModeManifestPointsCommandsAndEventsAtTheRequestUrl() {
    String manifest =
        SlackManifestWriter.manifest(
            "Usher", SlackSettings.defaults(), Optional.of("https://usher.example.org/"));

    assertThat(manifest)
        .contains("request_url: \"https://usher.example.org/slack/events\"")
        .contains("url: \"https://usher.example.org/slack/events\"")
        .contains("socket_mode_enabled: false");
  }

  @Test
  void everyScopeSaysWhatItIsFor() {
    assertThat(SlackManifestWriter.BOT_SCOPES)
        .containsOnlyKeys(
            "app_mentions:read",
            "channels:history",
            "chat:write",
            "commands",
            "files:write",
            "groups:history",
            "im:history",
            "im:write",
            "users:read")
        .allSatisfy((scope, why) -> assertThat(why).isNotBlank());
  }

  @Test
  void committedManifestIsUpToDate() throws Exception {
    Path committed = Path.of("..", "slack-manifest.yaml");

    assertThat(Files.readString(committed, StandardCharsets.UTF_8))
        .as(
            "slack-manifest.yaml is stale: regenerate it with ./usher slack-manifest > slack-manifest.yaml")
        .isEqualTo(SlackManifestWriter.defaultManifest());
  }
}
