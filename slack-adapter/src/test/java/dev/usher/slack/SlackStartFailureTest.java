package dev.usher.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usher.core.platform.BackgroundAnswers;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** A start that fails says whether Slack was not reached or refused the token. */
class SlackStartFailureTest {
  @Test
  void aHostThatDoesNotResolveIsReportedAsUnreachableNotAsABadToken() {
    // given a Web API at a name that never resolves (.invalid is reserved for that, RFC 6761)
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      SlackPlatform platform =
          new SlackPlatform(
              SlackSettings.from(Map.of("api_url", "https://slack.invalid/api/")),
              new SlackCredentials("xoxb-test", Optional.of("xapp-test"), Optional.empty()),
              TestBots.bot(),
              new BackgroundAnswers(executor));

      // when it starts, then
      assertThatThrownBy(platform::start)
          .hasMessageStartingWith("cannot reach Slack (")
          .hasMessageContaining("slack.invalid")
          .hasMessageNotContaining("token is invalid");
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void aRefusedAppTokenIsReportedInOneLineNamingIt() throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try (FakeSlackApi api = new FakeSlackApi()) {
      api.refuseAppToken();
      SlackPlatform platform =
          new SlackPlatform(
              SlackSettings.from(Map.of("api_url", api.apiUrl())),
              new SlackCredentials("xoxb-test", Optional.of("xapp-wrong"), Optional.empty()),
              TestBots.bot(),
              new BackgroundAnswers(executor));
      try {
        assertThatThrownBy(platform::start)
            .hasMessage(
                "Slack refused the app token (invalid_auth): check SLACK_APP_TOKEN, an"
                    + " app-level token (xapp-) with the connections:write scope");
      } finally {
        platform.close();
      }
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void aSlackErrorCodeIsReportedAsARefusedToken() {
    RuntimeException failure =
        SlackPlatform.startFailure(
            new IllegalArgumentException("The token is invalid (error: invalid_auth)"),
            SlackSettings.SecretVariables.DEFAULTS);

    assertThat(failure)
        .hasMessage("Slack refused the bot token (invalid_auth): check SLACK_BOT_TOKEN");
  }
}
