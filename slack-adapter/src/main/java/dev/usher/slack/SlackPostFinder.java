package dev.usher.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.model.Message;
import dev.usher.core.platform.PostException;
import dev.usher.core.platform.PostStatus;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Looks for a post tagged by {@link SlackPoster} in a channel's history ({@code
 * conversations.history} with {@code include_all_metadata}), for {@link
 * dev.usher.core.platform.ChatPlatform#findPost}.
 */
final class SlackPostFinder {
  /** Errors that mean this bot may not read the channel's history: the answer is unknown. */
  private static final Set<String> CANNOT_READ = Set.of("missing_scope", "not_in_channel");

  private static final int PAGE_SIZE = 200;

  /** At most this many pages (a day of a busy channel); beyond them the answer is unknown. */
  private static final int MAX_PAGES = 5;

  private SlackPostFinder() {}

  /**
   * Whether this bot's message carrying the last part of {@code postKey} is in the channel since
   * {@code since}.
   */
  static PostStatus find(MethodsClient client, String channelId, String postKey, Instant since)
      throws PostException {
    Objects.requireNonNull(postKey, "postKey");
    AuthTestResponse self = call("auth.test", channelId, () -> client.authTest(r -> r));
    if (!self.isOk()) {
      return failed("auth.test", channelId, self.getError());
    }
    String oldest = since.getEpochSecond() + ".000000";
    @Nullable String cursor = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      String pageCursor = cursor;
      ConversationsHistoryResponse history =
          call(
              "conversations.history",
              channelId,
              () ->
                  client.conversationsHistory(
                      r ->
                          r.channel(channelId)
                              .oldest(oldest)
                              .includeAllMetadata(true)
                              .limit(PAGE_SIZE)
                              .cursor(pageCursor)));
      if (!history.isOk()) {
        return failed("conversations.history", channelId, history.getError());
      }
      for (Message message :
          Optional.ofNullable(history.getMessages()).orElse(java.util.List.of())) {
        if (Objects.equals(message.getBotId(), self.getBotId()) && isLastPartOf(message, postKey)) {
          return PostStatus.FOUND;
        }
      }
      cursor =
          history.getResponseMetadata() == null
              ? null
              : history.getResponseMetadata().getNextCursor();
      if (!history.isHasMore() || cursor == null || cursor.isEmpty()) {
        return PostStatus.NOT_FOUND;
      }
    }
    return PostStatus.UNKNOWN;
  }

  private static boolean isLastPartOf(Message message, String postKey) {
    Message.Metadata metadata = message.getMetadata();
    if (metadata == null
        || !SlackPoster.EVENT_TYPE.equals(metadata.getEventType())
        || metadata.getEventPayload() == null) {
      return false;
    }
    Map<String, Object> payload = metadata.getEventPayload();
    Optional<Integer> part = number(payload.get("part"));
    Optional<Integer> parts = number(payload.get("parts"));
    return postKey.equals(payload.get("key"))
        && part.isPresent()
        && parts.isPresent()
        && part.get() == parts.get() - 1;
  }

  /** Slack returns payload numbers as JSON numbers (read as doubles), or as strings. */
  private static Optional<Integer> number(@Nullable Object value) {
    if (value instanceof Number n) {
      return Optional.of(n.intValue());
    }
    if (value instanceof String s) {
      try {
        return Optional.of(Integer.parseInt(s.strip()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static PostStatus failed(String method, String channelId, @Nullable String error)
      throws PostException {
    String code = String.valueOf(error);
    if (CANNOT_READ.contains(code)) {
      return PostStatus.UNKNOWN;
    }
    throw new PostException(
        method + " for " + channelId + " refused: " + code,
        SlackPoster.RETRYABLE_ERRORS.contains(code),
        Duration.ZERO,
        null);
  }

  private interface SlackCall<T> {
    T call() throws IOException, SlackApiException;
  }

  private static <T> T call(String method, String channelId, SlackCall<T> call)
      throws PostException {
    try {
      return call.call();
    } catch (IOException e) {
      throw new PostException(
          method + " for " + channelId + " failed: " + e.getMessage(), true, Duration.ZERO, e);
    } catch (SlackApiException e) {
      throw SlackPoster.refused(method, channelId, e);
    }
  }
}
