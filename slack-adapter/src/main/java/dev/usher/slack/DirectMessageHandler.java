package dev.usher.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import java.util.Optional;

/**
 * A direct message to the bot: answered in the same conversation. Messages from bots (this one
 * included) and edits are not questions and are left alone.
 */
final class DirectMessageHandler implements BoltEventHandler<MessageEvent> {
  private final BackgroundAnswerer answerer;
  private final EventDeduplicator seen;

  DirectMessageHandler(BackgroundAnswerer answerer, EventDeduplicator seen) {
    this.answerer = answerer;
    this.seen = seen;
  }

  @Override
  public Response apply(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
    MessageEvent event = payload.getEvent();
    boolean question =
        "im".equals(event.getChannelType())
            && event.getSubtype() == null
            && event.getBotId() == null
            && event.getText() != null;
    if (question && seen.firstTime(payload.getEventId())) {
      Optional<String> thread = Optional.ofNullable(event.getThreadTs());
      answerer.answer(
          payload.getEventId(),
          UserText.request(event.getText()),
          messages -> SlackPoster.answer(ctx.client(), event.getChannel(), thread, messages));
    }
    return ctx.ack();
  }
}
