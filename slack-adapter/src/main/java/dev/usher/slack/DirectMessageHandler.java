package dev.usher.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.Event;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageMeEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import dev.usher.core.command.Caller;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A direct message to the bot, of any subtype that carries a person's text (plain, a file with a
 * caption, a thread reply also sent to the conversation, {@code /me}): answered in the same
 * conversation. Messages from bots (this one included) are not questions and are left alone; every
 * event is acknowledged, so Slack never retries it.
 */
final class DirectMessageHandler<E extends Event> implements BoltEventHandler<E> {
  /** What a direct message says, and where to answer it. */
  record DirectMessage(String channel, String user, String text, Optional<String> threadTs) {}

  private final BackgroundAnswerer answerer;
  private final SlackDeliveries seen;
  private final Function<E, Optional<DirectMessage>> reader;

  private DirectMessageHandler(
      BackgroundAnswerer answerer,
      SlackDeliveries seen,
      Function<E, Optional<DirectMessage>> reader) {
    this.answerer = answerer;
    this.seen = seen;
    this.reader = reader;
  }

  static DirectMessageHandler<MessageEvent> plain(
      BackgroundAnswerer answerer, SlackDeliveries seen) {
    return new DirectMessageHandler<>(
        answerer,
        seen,
        e ->
            e.getSubtype() != null
                ? Optional.empty()
                : read(
                    e.getChannelType(),
                    e.getBotId(),
                    e.getChannel(),
                    e.getUser(),
                    e.getText(),
                    e.getThreadTs()));
  }

  static DirectMessageHandler<MessageFileShareEvent> fileShare(
      BackgroundAnswerer answerer, SlackDeliveries seen) {
    return new DirectMessageHandler<>(
        answerer,
        seen,
        e ->
            read(
                e.getChannelType(),
                null,
                e.getChannel(),
                e.getUser(),
                e.getText(),
                e.getThreadTs()));
  }

  static DirectMessageHandler<MessageThreadBroadcastEvent> threadBroadcast(
      BackgroundAnswerer answerer, SlackDeliveries seen) {
    return new DirectMessageHandler<>(
        answerer,
        seen,
        e ->
            read(
                e.getChannelType(),
                null,
                e.getChannel(),
                e.getUser(),
                e.getText(),
                e.getThreadTs()));
  }

  static DirectMessageHandler<MessageMeEvent> me(
      BackgroundAnswerer answerer, SlackDeliveries seen) {
    return new DirectMessageHandler<>(
        answerer,
        seen,
        e ->
            read(e.getChannelType(), e.getBotId(), e.getChannel(), e.getUser(), e.getText(), null));
  }

  private static Optional<DirectMessage> read(
      @Nullable String channelType,
      @Nullable String botId,
      @Nullable String channel,
      @Nullable String user,
      @Nullable String text,
      @Nullable String threadTs) {
    if (!"im".equals(channelType)
        || botId != null
        || channel == null
        || text == null
        || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new DirectMessage(channel, user == null ? "" : user, text, Optional.ofNullable(threadTs)));
  }

  @Override
  public Response apply(EventsApiPayload<E> payload, EventContext ctx) {
    Optional<DirectMessage> message = reader.apply(payload.getEvent());
    if (message.isPresent() && seen.firstEvent(payload.getEventId())) {
      DirectMessage dm = message.get();
      boolean queued =
          answerer.answer(
              payload.getEventId(),
              UserText.request(dm.text()),
              Caller.attendee(SlackPlatform.NAME, dm.user(), dm.channel()),
              messages -> SlackPoster.answer(ctx.client(), dm.channel(), dm.threadTs(), messages));
      if (!queued) {
        BackgroundAnswerer.sayBusy(ctx.asyncClient(), dm.channel(), dm.threadTs());
      }
    }
    return ctx.ack();
  }
}
