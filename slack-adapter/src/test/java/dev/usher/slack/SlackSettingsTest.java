package dev.usher.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usher.core.platform.BackgroundAnswers;
import dev.usher.core.platform.PlatformContext;
import dev.usher.core.platform.SectionRead;
import dev.usher.core.platform.UnknownKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {
  private final ExecutorService executor = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void anEmptySectionIsSocketModeWithSlacksOwnVariableNames() {
    SlackSettings settings = SlackSettings.from(Map.of());

    assertThat(settings.mode()).isEqualTo(SlackSettings.Mode.SOCKET);
    assertThat(settings.port()).isEqualTo(3000);
    assertThat(settings.bind()).isEqualTo("127.0.0.1");
    assertThat(settings.slashCommand("ask")).isEqualTo("/ask");
    assertThat(settings.secretVariables())
        .containsExactly("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET");
  }

  @Test
  void eachSecretsVariableCanBeRenamed() {
    SlackSettings settings =
        SlackSettings.from(
            Map.of(
                "bot_token_variable", "CONF_SLACK_BOT",
                "app_token_variable", "CONF_SLACK_APP",
                "signing_secret_variable", "CONF_SLACK_SIGNING"));

    assertThat(settings.secrets())
        .isEqualTo(
            new SlackSettings.SecretVariables(
                "CONF_SLACK_BOT", "CONF_SLACK_APP", "CONF_SLACK_SIGNING"));
  }

  @Test
  void theProviderReadsTheTokensFromTheRenamedVariables() {
    SlackPlatformProvider provider = new SlackPlatformProvider();
    Map<String, Object> section = Map.of("bot_token_variable", "CONF_SLACK_BOT");

    // Slack's usual variable is not the one named: Slack stays off.
    assertThat(provider.create(context(section, Map.of("SLACK_BOT_TOKEN", "xoxb-1")))).isEmpty();
    // The named one is read; the next missing secret is named by its own variable, never a value.
    assertThatThrownBy(() -> provider.create(context(section, Map.of("CONF_SLACK_BOT", "xoxb-1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("SLACK_APP_TOKEN is not set")
        .hasMessageNotContaining("xoxb-1");
  }

  @Test
  void aWrongTypeIsReportedInOneLineNamingTheKey() {
    assertThatThrownBy(() -> SlackSettings.from(Map.of("port", List.of(3000))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slack.port must be a number: [3000]");
    assertThatThrownBy(() -> SlackSettings.from(Map.of("organizers", "U0123ABCD")))
        .hasMessage("slack.organizers must be a list of user ids such as [U0123ABCD]");
    assertThatThrownBy(() -> SlackSettings.from(Map.of("bot_token_variable", "xoxb-123-456")))
        .hasMessageStartingWith("slack.bot_token_variable must be the name of an environment")
        .hasMessageNotContaining("xoxb-123-456")
        .hasMessageNotContaining("\n");
  }

  @Test
  void keysItDoesNotReadAreReturnedAlsoUnderCommands() {
    SectionRead<SlackSettings> read =
        SlackSettings.read(Map.of("mdoe", "http", "commands", Map.of("aks", "usher-ask")));

    assertThat(read.settings().mode()).isEqualTo(SlackSettings.Mode.SOCKET);
    assertThat(read.unknownKeys().stream().map(UnknownKey::path))
        .containsExactlyInAnyOrder("slack.mdoe", "slack.commands.aks");
    assertThat(read.unknownKeys())
        .filteredOn(k -> k.path().equals("slack.commands.aks"))
        .singleElement()
        .satisfies(k -> assertThat(k.known()).contains("ask", "help"));
  }

  private PlatformContext context(Map<String, Object> settings, Map<String, String> environment) {
    return new PlatformContext(
        TestBots.bot(), settings, environment, new BackgroundAnswers(executor));
  }
}
