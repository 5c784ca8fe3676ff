package dev.usher.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.Message;
import dev.usher.core.platform.PostException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Posts messages with {@code chat.postMessage}, mentions and unfurling off, and translates Slack's
 * refusals into {@link PostException}s that say whether a retry can help.
 */
final class SlackPoster {
  /** The metadata {@code event_type} of reminder messages, read back by {@link SlackPostFinder}. */
  static final String EVENT_TYPE = "usher_reminder";

  /** Errors that go away by themselves; every other {@code ok: false} is a refusal. */
  static final Set<String> RETRYABLE_ERRORS =
      Set.of(
          "ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout");

  private SlackPoster() {}

  /**
   * Posts each message in order, in {@code threadTs}'s thread when present; returns once Slack
   * accepted them all.
   */
  static void post(
      MethodsClient client,
      String channelId,
      Optional<String> threadTs,
      List<SlackMessage> messages)
      throws PostException {
    post(client, channelId, threadTs, messages, Optional.empty());
  }

  /**
   * Posts like {@link #post(MethodsClient, String, Optional, List)}, and when {@code postKey} is
   * present tags each message with metadata {@code {event_type: usher_reminder, event_payload:
   * {key, part, parts}}} so that {@link SlackPostFinder} can tell whether the last part arrived.
   */
  static void post(
      MethodsClient client,
      String channelId,
      Optional<String> threadTs,
      List<SlackMessage> messages,
      Optional<String> postKey)
      throws PostException {
    for (int i = 0; i < messages.size(); i++) {
      postOne(
          client,
          channelId,
          threadTs,
          messages.get(i),
          postKey.map(metadata(i, messages.size())).orElse(null));
    }
  }

  /**
   * Posts an answer like {@link #post(MethodsClient, String, Optional, List)}, each message retried
   * after a 429 as {@link RateLimitRetry} allows, so no earlier part is posted twice.
   */
  static void answer(
      MethodsClient client,
      String channelId,
      Optional<String> threadTs,
      List<SlackMessage> messages)
      throws PostException, InterruptedException {
    for (SlackMessage message : messages) {
      RateLimitRetry.run(() -> postOne(client, channelId, threadTs, message, null));
    }
  }

  private static void postOne(
      MethodsClient client,
      String channelId,
      Optional<String> threadTs,
      SlackMessage message,
      Message.@Nullable Metadata metadata)
      throws PostException {
    ChatPostMessageResponse response;
    try {
      response =
          client.chatPostMessage(
              r ->
                  r.channel(channelId)
                      .threadTs(threadTs.orElse(null))
                      .metadata(metadata)
                      .text(message.text())
                      .blocks(message.blocks())
                      .linkNames(false)
                      .unfurlLinks(false)
                      .unfurlMedia(false));
    } catch (IOException e) {
      throw new PostException(
          "chat.postMessage to " + channelId + " failed: " + e.getMessage(),
          true,
          Duration.ZERO,
          e);
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

  private static java.util.function.Function<String, Message.Metadata> metadata(
      int part, int parts) {
    return key ->
        Message.Metadata.builder()
            .eventType(EVENT_TYPE)
            .eventPayload(Map.of("key", key, "part", part, "parts", parts))
            .build();
  }

  static PostException refused(String channelId, SlackApiException e) {
    return refused("chat.postMessage", channelId, e);
  }

  static PostException refused(String method, String channelId, SlackApiException e) {
    int status = e.getResponse().code();
    Duration retryAfter =
        Optional.ofNullable(e.getResponse().header("Retry-After"))
            .flatMap(SlackPoster::seconds)
            .orElse(Duration.ZERO);
    boolean retryable = status == 429 || status >= 500;
    return new PostException(
        method + " for " + channelId + " failed with HTTP " + status, retryable, retryAfter, e);
  }

  static Optional<Duration> seconds(String value) {
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
