package dev.usher.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import dev.usher.core.platform.PostException;
import dev.usher.core.reply.FileReply;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Direct messages and files: {@code conversations.open} for the DM with a person (scope {@code
 * im:write}), and {@code filesUploadV2} for a file (scope {@code files:write}), which is {@code
 * files.getUploadURLExternal}, the upload, then {@code files.completeUploadExternal} into the
 * conversation ({@code files.upload} is retired). A refusal such as {@code cannot_dm_bot}, {@code
 * user_not_found} or {@code missing_scope} is permanent; {@code ratelimited} and Slack's own
 * failures may be retried.
 */
final class SlackDirect {
  private SlackDirect() {}

  /** The id of the DM conversation with {@code userId} (a {@code D...} id), opened if need be. */
  static String open(MethodsClient client, String userId) throws PostException {
    ConversationsOpenResponse response;
    try {
      response = client.conversationsOpen(r -> r.users(List.of(userId)).returnIm(false));
    } catch (IOException e) {
      throw new PostException(
          "conversations.open failed: " + e.getMessage(), true, Duration.ZERO, e);
    } catch (SlackApiException e) {
      throw SlackPoster.refused("conversations.open", "a direct message", e);
    }
    if (!response.isOk() || response.getChannel() == null) {
      String error = String.valueOf(response.getError());
      throw new PostException(
          "conversations.open refused: " + error,
          SlackPoster.RETRYABLE_ERRORS.contains(error),
          Duration.ZERO,
          null);
    }
    return response.getChannel().getId();
  }

  /** Uploads {@code file} into {@code channelId}, with the reply's text as its comment. */
  static void upload(MethodsClient client, String channelId, FileReply file) throws PostException {
    FilesUploadV2Response response;
    try {
      response =
          client.filesUploadV2(
              r ->
                  r.channel(channelId)
                      .filename(file.fileName())
                      .title(file.fileName())
                      .content(file.content())
                      .initialComment(Mrkdwn.escape(file.title() + ": " + file.text())));
    } catch (SlackFilesUploadV2Exception e) {
      String error = uploadError(e);
      throw new PostException(
          "filesUploadV2 refused: " + error,
          SlackPoster.RETRYABLE_ERRORS.contains(error),
          Duration.ZERO,
          e);
    } catch (IOException e) {
      throw new PostException("filesUploadV2 failed: " + e.getMessage(), true, Duration.ZERO, e);
    } catch (SlackApiException e) {
      throw SlackPoster.refused("filesUploadV2", channelId, e);
    }
    if (!response.isOk()) {
      throw new PostException(
          "filesUploadV2 refused: " + response.getError(), false, Duration.ZERO, null);
    }
  }

  /** The first error among the steps of an upload: the URL, the upload itself, the completion. */
  private static String uploadError(SlackFilesUploadV2Exception e) {
    Optional<String> getUrl =
        e.getGetURLResponses().stream()
            .filter(r -> !r.isOk())
            .map(r -> String.valueOf(r.getError()))
            .findFirst();
    Optional<String> upload =
        e.getUploadResponses().values().stream()
            .filter(r -> r.getCode() != 200)
            .map(r -> "upload answered HTTP " + r.getCode())
            .findFirst();
    Optional<String> complete =
        Optional.ofNullable(e.getCompleteResponse())
            .filter(r -> !r.isOk())
            .map(r -> String.valueOf(r.getError()));
    return Stream.of(getUrl, upload, complete)
        .flatMap(Optional::stream)
        .findFirst()
        .orElse("unknown");
  }
}
