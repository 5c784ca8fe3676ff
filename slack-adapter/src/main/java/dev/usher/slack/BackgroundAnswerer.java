package dev.usher.slack;

import com.slack.api.methods.AsyncMethodsClient;
import dev.usher.core.Bot;
import dev.usher.core.command.Caller;
import dev.usher.core.command.Request;
import dev.usher.core.reply.Info;
import dev.usher.core.reply.Reply;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a request on the app's executor, so Bolt's threads only acknowledge, and hands the
 * rendered messages to a delivery. The one catch-all of the adapter: a failure is logged with the
 * request's correlation id and the user gets a polite message instead of silence.
 */
final class BackgroundAnswerer {
  private static final Logger LOG = LoggerFactory.getLogger(BackgroundAnswerer.class);

  /** Where the messages go: a thread, a DM, a response URL. */
  @FunctionalInterface
  interface Delivery {
    void deliver(List<SlackMessage> messages) throws Exception;
  }

  /** Gets the reply itself, for a delivery that does more than post it (uploads its file). */
  interface ReplyDelivery {
    void deliver(Reply reply) throws Exception;
  }

  private final Bot bot;
  private final SlackRenderer renderer;
  private final Executor executor;

  BackgroundAnswerer(Bot bot, SlackRenderer renderer, Executor executor) {
    this.bot = bot;
    this.renderer = renderer;
    this.executor = executor;
  }

  SlackRenderer renderer() {
    return renderer;
  }

  /** What a user reads when every answer thread is busy and the queue is full. */
  static final String BUSY =
      "I'm busy with many questions right now. Please try again in a moment.";

  /**
   * Queues the answer and returns at once: true when queued, false when the executor refused it
   * (its queue is full, or it is shut down), and the caller should say {@link #BUSY}.
   */
  boolean answer(String correlationId, Request request, Caller caller, Delivery delivery) {
    return answer(correlationId, request, () -> caller, delivery);
  }

  /**
   * Like {@link #answer(String, Request, Caller, Delivery)}, for a caller whose role {@code caller}
   * tells on the answer thread (it may ask Slack).
   */
  boolean answer(
      String correlationId, Request request, Supplier<Caller> caller, Delivery delivery) {
    return answerReply(
        correlationId, request, caller, reply -> delivery.deliver(renderer.render(reply)));
  }

  /** Like {@link #answer(String, Request, Supplier, Delivery)}, delivering the reply unrendered. */
  boolean answerReply(
      String correlationId, Request request, Supplier<Caller> caller, ReplyDelivery delivery) {
    try {
      executor.execute(() -> answerNow(correlationId, request, caller, delivery));
      return true;
    } catch (RejectedExecutionException e) {
      LOG.warn(
          "[{}] not answered: every answer thread is busy and the queue is full", correlationId);
      return false;
    }
  }

  /** Says {@link #BUSY} in the conversation without blocking the caller (a Bolt thread). */
  static void sayBusy(AsyncMethodsClient client, String channel, Optional<String> threadTs) {
    client
        .chatPostMessage(r -> r.channel(channel).threadTs(threadTs.orElse(null)).text(BUSY))
        .whenComplete(
            (response, error) -> {
              if (error != null || !response.isOk()) {
                LOG.warn(
                    "Could not say busy in {}: {}",
                    channel,
                    error != null ? error.toString() : response.getError());
              }
            });
  }

  private void answerNow(
      String correlationId, Request request, Supplier<Caller> caller, ReplyDelivery delivery) {
    Optional<dev.usher.core.reply.Reply> reply = Optional.empty();
    try {
      reply = Optional.of(bot.handle(request, caller.get()));
      delivery.deliver(reply.get());
    } catch (Exception e) {
      // The organizers' report counts answers that never reached the attendee.
      reply.ifPresent(bot::undelivered);
      LOG.error("[{}] failed to answer {}", correlationId, request.getClass().getSimpleName(), e);
      try {
        delivery.deliver(
            new Info(
                "Sorry",
                "Something went wrong on my side (reference "
                    + correlationId
                    + "). Please try again in a moment."));
      } catch (Exception again) {
        LOG.error("[{}] could not tell the user either", correlationId, again);
      }
    }
  }
}
