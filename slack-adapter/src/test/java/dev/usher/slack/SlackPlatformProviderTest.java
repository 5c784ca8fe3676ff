package dev.usher.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.usher.core.platform.BackgroundAnswers;
import dev.usher.core.platform.ChatPlatformProvider;
import dev.usher.core.platform.PlatformContext;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SlackPlatformProviderTest {
  private final ExecutorService executor = Executors.newSingleThreadExecutor();
  private final SlackPlatformProvider provider = new SlackPlatformProvider();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void isFoundByTheServiceLoaderAsSlack() {
    assertThat(ServiceLoader.load(ChatPlatformProvider.class).stream().map(p -> p.get().name()))
        .contains("slack");
  }

  @Test
  void withoutABotTokenSlackIsOff() {
    assertThat(provider.create(context(Map.of(), Map.of()))).isEmpty();
  }

  @Test
  void socketModeWithBothTokensCreatesThePlatform() throws Exception {
    // Bolt checks the bot token with auth.test as the app is made: against the fake, not slack.com.
    try (FakeSlackApi api = new FakeSlackApi()) {
      var platform =
          provider.create(
              context(
                  Map.of("api_url", api.apiUrl()),
                  Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1")));

      assertThat(platform).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("slack"));
      platform.get().close();
    }
  }

  @Test
  void theBotTokenGoesOnlyOverHttpsOrToALoopbackAddress() {
    assertThatThrownBy(() -> SlackSettings.from(Map.of("api_url", "http://proxy.example.org/api/")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("slack.api_url must be https")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> SlackSettings.from(Map.of("api_url", "ftp://127.0.0.1/api/")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SlackSettings.from(Map.of("api_url", "http://127.0.0.1:9/api/")).apiUrl())
        .isEqualTo("http://127.0.0.1:9/api/");
    assertThat(SlackSettings.from(Map.of("api_url", "https://proxy.example.org/api/")).apiUrl())
        .isEqualTo("https://proxy.example.org/api/");
  }

  @Test
  void aCustomApiUrlIsNamedInAWarning() {
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    Logger logger = (Logger) LoggerFactory.getLogger(SlackSettings.class);
    logger.addAppender(logs);
    try {
      SlackSettings.from(Map.of("api_url", "https://proxy.example.org/api/"));
    } finally {
      logger.detachAppender(logs);
    }
    assertThat(logs.list)
        .anySatisfy(
            e -> {
              assertThat(e.getLevel()).isEqualTo(Level.WARN);
              assertThat(e.getFormattedMessage()).contains("proxy.example.org");
            });
  }

  @Test
  void socketModeWithoutTheAppTokenNamesIt() {
    assertThatThrownBy(
            () -> provider.create(context(Map.of(), Map.of("SLACK_BOT_TOKEN", "xoxb-1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SLACK_APP_TOKEN");
  }

  @Test
  void httpModeWithoutTheSigningSecretNamesIt() {
    assertThatThrownBy(
            () ->
                provider.create(
                    context(
                        Map.of("mode", "http", "port", 3000), Map.of("SLACK_BOT_TOKEN", "xoxb-1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SLACK_SIGNING_SECRET");
  }

  @Test
  void wrongSettingsNameTheirKey() {
    assertThatThrownBy(() -> SlackSettings.from(Map.of("mode", "webhook")))
        .hasMessageContaining("slack.mode");
    assertThatThrownBy(() -> SlackSettings.from(Map.of("commands", Map.of("ask", "Ask Me"))))
        .hasMessageContaining("slack.commands.ask");
  }

  @Test
  void credentialsNeverShowTheirSecrets() {
    assertThat(
            new SlackCredentials(
                    "xoxb-secret", java.util.Optional.of("xapp-secret"), java.util.Optional.empty())
                .toString())
        .doesNotContain("secret");
  }

  private PlatformContext context(Map<String, Object> settings, Map<String, String> environment) {
    return new PlatformContext(
        TestBots.bot(), settings, environment, new BackgroundAnswers(executor));
  }
}
