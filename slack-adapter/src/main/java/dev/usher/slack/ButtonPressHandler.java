package dev.usher.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.webhook.WebhookResponse;
import dev.usher.core.command.Caller;
import dev.usher.core.command.Request;
import dev.usher.core.platform.PostException;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every button of every reply: acknowledges the click at once, gives the button's value (the core's
 * action, as the reply gave it) to the core as a {@link Request.Press}, and shows the answer to the
 * presser alone through the payload's response URL. A click Slack delivers again (a re-sent Socket
 * Mode envelope, an HTTP retry) is acknowledged and not given to the core again, so it is recorded
 * once. What an action means is the core's business.
 */
final class ButtonPressHandler implements BlockActionHandler {
  private final BackgroundAnswerer answerer;
  private final SlackDeliveries seen;

  ButtonPressHandler(BackgroundAnswerer answerer, SlackDeliveries seen) {
    this.answerer = answerer;
    this.seen = seen;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload payload = req.getPayload();
    if (payload.getActions() == null || payload.getActions().isEmpty()) {
      return ctx.ack();
    }
    BlockActionPayload.Action action = payload.getActions().get(0);
    String value =
        Optional.ofNullable(action.getValue())
            .orElse(Objects.requireNonNullElse(action.getActionId(), ""));
    if (value.isEmpty()) {
      return ctx.ack();
    }
    @Nullable String clicker = payload.getUser() == null ? null : payload.getUser().getId();
    if (!seen.firstClick(clicker, action.getActionId(), action.getActionTs())) {
      return ctx.ack();
    }
    String channel =
        payload.getChannel() == null
            ? ""
            : Objects.requireNonNullElse(payload.getChannel().getId(), "");
    String user =
        payload.getUser() == null ? "" : Objects.requireNonNullElse(payload.getUser().getId(), "");
    Caller caller = Caller.attendee(SlackPlatform.NAME, user, channel);
    String correlationId = Objects.requireNonNullElse(payload.getTriggerId(), value);
    answerer.answer(
        correlationId,
        new Request.Press(value),
        caller,
        messages -> {
          for (SlackMessage message : messages) {
            RateLimitRetry.run(() -> respond(ctx, message));
          }
        });
    // Acknowledged at once whatever happens next: Slack's limit is 3 seconds.
    return ctx.ack();
  }

  private static void respond(ActionContext ctx, SlackMessage message) throws PostException {
    WebhookResponse response;
    try {
      response =
          ctx.respond(
              ActionResponse.builder()
                  .responseType("ephemeral")
                  .replaceOriginal(false)
                  .text(message.text())
                  .blocks(message.blocks())
                  .build());
    } catch (IOException e) {
      throw new PostException("response_url failed: " + e.getMessage(), true, Duration.ZERO, e);
    }
    int code = response.getCode() == null ? -1 : response.getCode();
    if (code != 200) {
      throw new PostException(
          "response_url answered " + code + ": " + response.getBody(),
          code == 429 || code >= 500,
          Duration.ofSeconds(1),
          null);
    }
  }
}
