package dev.usher.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./usher slack-manifest}: the manifest Slack needs for a folder's usher.yaml. */
class SlackManifestCommandTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String CONFERENCE =
      """
      name: Manifest Conf
      timezone: Europe/Brussels
      """;

  @TempDir Path folder;

  @Test
  void withoutASlackSectionItPrintsTheCommittedManifest() throws Exception {
    Files.writeString(folder.resolve("usher.yaml"), CONFERENCE);

    CommandLineRun run = CommandLineRun.of("slack-manifest", "--data", folder.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .isEqualTo(Files.readString(Path.of("..", "slack-manifest.yaml"), StandardCharsets.UTF_8));
  }

  @Test
  void renamedCommandsInHttpModeGoToThePublicUrlWithOnlyTheScopesUsed() throws Exception {
    Files.writeString(
        folder.resolve("usher.yaml"),
        CONFERENCE
            + """
        slack:
          mode: http
          command_prefix: conf-
          commands: {ask: usher}
        """);

    CommandLineRun run =
        CommandLineRun.of(
            "slack-manifest", "--data", folder.toString(), "--http", "https://usher.example.org/");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode manifest = YAML.readTree(run.out());
    List<String> commands = new ArrayList<>();
    for (JsonNode command : manifest.at("/features/slash_commands")) {
      commands.add(command.get("command").asText());
      assertThat(command.get("url").asText()).isEqualTo("https://usher.example.org/slack/events");
    }
    assertThat(commands).contains("/usher", "/conf-schedule", "/conf-help").doesNotContain("/ask");
    assertThat(manifest.at("/settings/event_subscriptions/request_url").asText())
        .isEqualTo("https://usher.example.org/slack/events");
    assertThat(manifest.at("/settings/socket_mode_enabled").asBoolean(true)).isFalse();
    List<String> scopes = new ArrayList<>();
    manifest.at("/oauth_config/scopes/bot").forEach(s -> scopes.add(s.asText()));
    assertThat(scopes)
        .containsExactly(
            "app_mentions:read",
            "channels:history",
            "chat:write",
            "commands",
            "files:write",
            "groups:history",
            "im:history",
            "im:write",
            "users:read");
  }

  @Test
  void httpModeWithoutThePublicUrlIsOneLine() throws Exception {
    Files.writeString(folder.resolve("usher.yaml"), CONFERENCE + "slack: {mode: http}\n");

    CommandLineRun run = CommandLineRun.of("slack-manifest", "--data", folder.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err().strip()).startsWith("usher: ").contains("--http").doesNotContain("\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aPlainHttpUrlIsRefusedInOneLine() throws Exception {
    Files.writeString(folder.resolve("usher.yaml"), CONFERENCE);

    CommandLineRun run =
        CommandLineRun.of(
            "slack-manifest", "--data", folder.toString(), "--http", "http://usher.example.org");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err().strip()).startsWith("usher: ").contains("https").doesNotContain("\n");
  }
}
