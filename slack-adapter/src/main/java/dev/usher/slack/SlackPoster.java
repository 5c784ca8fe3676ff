package dev.usher.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dev.usher.core.platform.PostException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Posts messages with {@code chat.postMessage}, mentions and unfurling off, and translates Slack's
 * refusals into {@link PostException}s that say whether a retry can help.
 */
final class SlackPoster {
  /** Errors that go away by themselves; every other {@code ok: false} is a refusal. */
  private static final Set<String> RETRYABLE_ERRORS =
      Set.of("ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout");

  private SlackPoster() {}

  /**
   * Posts each message in order, in {@code threadTs}'s thread when present; returns once Slack
   * accepted them all.
   */
  static void post(
      MethodsClient client, String channelId, Optional<String> threadTs, List<SlackMessage> messages)
      throws PostException {
    for (SlackMessage message : messages) {
      ChatPostMessageResponse response;
      try {
        response =
            client.chatPostMessage(
                r -> r.channel(channelId)
                    .threadTs(threadTs.orElse(null))
                    .text(message.text())
                    .blocks(message.blocks())
                    .linkNames(false)
                    .unfurlLinks(false)
                    .unfurlMedia(false));
      } catch (IOException e) {
        throw new PostException(
            "chat.postMessage to " + channelId + " failed: " + e.getMessage(), true, Duration.ZERO, e);
      } catch (SlackApiException e) {
        throw refused(channelId, e);
      }
      if (!response.isOk()) {
        String error = String.valueOf(response.getError());
        throw new PostException(
            "chat.postMessage to " + channelId + " refused: " + error,
            RETRYABLE_ERRORS.contains(error),
            Duration.ZERO,
            null);
      }
    }
  }

  private static PostException refused(String channelId, SlackApiException e) {
    int status = e.getResponse().code();
    Duration retryAfter =
        Optional.ofNullable(e.getResponse().header("Retry-After"))
            .flatMap(SlackPoster::seconds)
            .orElse(Duration.ZERO);
    boolean retryable = status == 429 || status >= 500;
    return new PostException(
        "chat.postMessage to " + channelId + " failed with HTTP " + status, retryable, retryAfter, e);
  }

  private static Optional<Duration> seconds(String value) {
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
