package dev.usher.slack;

import java.util.Objects;
import java.util.Optional;

/**
 * The secrets Slack gives an app, from the environment. {@link #toString()} shows none of them.
 *
 * @param botToken {@code SLACK_BOT_TOKEN} ({@code xoxb-...}), for the Web API
 * @param appToken {@code SLACK_APP_TOKEN} ({@code xapp-...}), for Socket Mode
 * @param signingSecret {@code SLACK_SIGNING_SECRET}, to verify requests in HTTP mode
 */
public record SlackCredentials(
    String botToken, Optional<String> appToken, Optional<String> signingSecret) {
  public SlackCredentials {
    Objects.requireNonNull(botToken, "botToken");
    Objects.requireNonNull(appToken, "appToken");
    Objects.requireNonNull(signingSecret, "signingSecret");
  }

  @Override
  public String toString() {
    return "SlackCredentials[botToken=***, appToken="
        + appToken.map(t -> "***").orElse("none")
        + ", signingSecret="
        + signingSecret.map(t -> "***").orElse("none")
        + "]";
  }
}
