package dev.usher.slack;

import com.slack.api.methods.AsyncMethodsClient;
import dev.usher.core.Bot;
import dev.usher.core.command.Caller;
import dev.usher.core.command.Request;
import dev.usher.core.platform.BackgroundAnswers;
import dev.usher.core.platform.BackgroundAnswers.Trouble;
import dev.usher.core.reply.Info;
import dev.usher.core.reply.Reply;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's side of the core's {@link BackgroundAnswers}: asks the bot, renders the reply and hands
 * it to a delivery on an answer thread, so Bolt's threads only acknowledge. A failed answer is
 * apologized for through the same delivery; saying "busy" is the caller's, on Bolt's thread.
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
  private final BackgroundAnswers answers;

  BackgroundAnswerer(Bot bot, SlackRenderer renderer, BackgroundAnswers answers) {
    this.bot = bot;
    this.renderer = renderer;
    this.answers = answers;
  }

  SlackRenderer renderer() {
    return renderer;
  }

  /** What a user reads when every answer thread is busy and the queue is full. */
  static final String BUSY = Trouble.BUSY.message("");

  /**
   * Queues the answer and returns at once: true when queued, false when refused (the queue is full,
   * or the app is stopping), and the caller should say {@link #BUSY}.
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
    AtomicReference<@Nullable Reply> answered = new AtomicReference<>();
    return answers.answer(
        correlationId,
        () -> {
          Reply reply = bot.handle(request, caller.get());
          answered.set(reply);
          delivery.deliver(reply);
        },
        trouble -> {
          if (trouble == Trouble.FAILED) {
            // The organizers' report counts answers that never reached the attendee.
            Reply reply = answered.get();
            if (reply != null) {
              bot.undelivered(reply);
            }
            delivery.deliver(new Info("Not answered", trouble.message(correlationId)));
          }
        });
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
}
