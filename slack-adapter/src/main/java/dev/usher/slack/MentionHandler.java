package dev.usher.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import dev.usher.core.command.Caller;
import java.util.Objects;
import java.util.Optional;

/** {@code @usher question} in a channel: answered in a thread under the mention. */
final class MentionHandler implements BoltEventHandler<AppMentionEvent> {
  private final BackgroundAnswerer answerer;
  private final SlackDeliveries seen;

  MentionHandler(BackgroundAnswerer answerer, SlackDeliveries seen) {
    this.answerer = answerer;
    this.seen = seen;
  }

  @Override
  public Response apply(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
    AppMentionEvent event = payload.getEvent();
    if (seen.firstEvent(payload.getEventId())) {
      String thread = Optional.ofNullable(event.getThreadTs()).orElse(event.getTs());
      boolean queued =
          answerer.answer(
              payload.getEventId(),
              UserText.request(event.getText()),
              Caller.attendee(
                  SlackPlatform.NAME,
                  Objects.requireNonNullElse(event.getUser(), ""),
                  event.getChannel()),
              messages ->
                  SlackPoster.answer(
                      ctx.client(), event.getChannel(), Optional.of(thread), messages));
      if (!queued) {
        BackgroundAnswerer.sayBusy(ctx.asyncClient(), event.getChannel(), Optional.of(thread));
      }
    }
    return ctx.ack();
  }
}
