package dev.usher.discord;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers an interaction inside Discord's 3-second deadline: the answer is computed on the
 * executor; when it is not ready after {@link #DEFER_AFTER} the interaction is deferred ("thinking…")
 * and the answer follows up when it is.
 */
final class InteractionResponder {
  static final Duration DEFER_AFTER = Duration.ofMillis(1500);
  private static final Logger LOG = LoggerFactory.getLogger(InteractionResponder.class);

  private final Executor executor;
  private final Duration deferAfter;

  InteractionResponder(Executor executor, Duration deferAfter) {
    this.executor = executor;
    this.deferAfter = deferAfter;
  }

  /** Starts {@code work} and responds with its messages; returns at once. */
  void respond(IReplyCallback interaction, Supplier<List<MessageCreateData>> work) {
    Exchange exchange = new Exchange(interaction);
    CompletableFuture.supplyAsync(work, executor)
        .whenComplete(
            (messages, error) -> {
              if (error != null) {
                LOG.error("Interaction {} failed", interaction.getId(), error);
                exchange.fail();
              } else {
                exchange.answer(messages);
              }
            });
    // The JDK's delayer only times; the defer itself is sent from our executor.
    CompletableFuture.delayedExecutor(deferAfter.toMillis(), TimeUnit.MILLISECONDS, executor)
        .execute(exchange::deadline);
  }

  /** One interaction's state: answered directly, or deferred and then followed up. */
  private static final class Exchange {
    private final IReplyCallback interaction;
    private boolean answered;
    private boolean deferred;

    Exchange(IReplyCallback interaction) {
      this.interaction = interaction;
    }

    synchronized void deadline() {
      if (answered) {
        return;
      }
      deferred = true;
      interaction.deferReply().queue(null, e -> LOG.warn("Could not defer {}", interaction.getId(), e));
    }

    synchronized void answer(List<MessageCreateData> messages) {
      answered = true;
      // The hook holds follow-ups until the first response is acknowledged, keeping their order.
      for (int i = 0; i < messages.size(); i++) {
        MessageCreateData message = messages.get(i);
        if (i == 0 && !deferred) {
          interaction.reply(message).queue(null, e -> failed(e));
        } else {
          interaction.getHook().sendMessage(message).queue(null, e -> failed(e));
        }
      }
    }

    synchronized void fail() {
      answer(List.of(DiscordListener.apology()));
    }

    private void failed(Throwable error) {
      LOG.warn("Could not answer interaction {}", interaction.getId(), error);
    }
  }
}
