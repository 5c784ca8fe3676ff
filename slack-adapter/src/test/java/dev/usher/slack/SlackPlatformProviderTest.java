package dev.usher.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usher.core.platform.ChatPlatformProvider;
import dev.usher.core.platform.PlatformContext;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackPlatformProviderTest {
  private final ExecutorService executor = Executors.newSingleThreadExecutor();
  private final SlackPlatformProvider provider = new SlackPlatformProvider();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void isFoundByTheServiceLoaderAsSlack() {
    assertThat(ServiceLoader.load(ChatPlatformProvider.class).stream()
        .map(p -> p.get().name())).contains("slack");
  }

  @Test
  void withoutABotTokenSlackIsOff() {
    assertThat(provider.create(context(Map.of(), Map.of()))).isEmpty();
  }

  @Test
  void socketModeWithBothTokensCreatesThePlatform() {
    var platform = provider.create(context(Map.of(),
        Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1")));

    assertThat(platform).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("slack"));
    platform.get().close();
  }

  @Test
  void socketModeWithoutTheAppTokenNamesIt() {
    assertThatThrownBy(() -> provider.create(context(Map.of(), Map.of("SLACK_BOT_TOKEN", "xoxb-1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SLACK_APP_TOKEN");
  }

  @Test
  void httpModeWithoutTheSigningSecretNamesIt() {
    assertThatThrownBy(() -> provider.create(context(Map.of("mode", "http", "port", 3000),
        Map.of("SLACK_BOT_TOKEN", "xoxb-1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SLACK_SIGNING_SECRET");
  }

  @Test
  void wrongSettingsNameTheirKey() {
    assertThatThrownBy(() -> SlackSettings.from(Map.of("mode", "webhook")))
        .hasMessageContaining("slack.mode");
    assertThatThrownBy(() -> SlackSettings.from(Map.of("commands", Map.of("asks", "x"))))
        .hasMessageContaining("slack.commands.asks");
    assertThatThrownBy(() -> SlackSettings.from(Map.of("commands", Map.of("ask", "Ask Me"))))
        .hasMessageContaining("slack.commands.ask");
  }

  @Test
  void credentialsNeverShowTheirSecrets() {
    assertThat(new SlackCredentials("xoxb-secret", java.util.Optional.of("xapp-secret"),
        java.util.Optional.empty()).toString()).doesNotContain("secret");
  }

  private PlatformContext context(Map<String, Object> settings, Map<String, String> environment) {
    return new PlatformContext(TestBots.bot(), settings, environment, executor);
  }
}
