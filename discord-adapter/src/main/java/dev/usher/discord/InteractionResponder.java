package dev.usher.discord;

import dev.usher.core.platform.BackgroundAnswers;
import dev.usher.core.platform.BackgroundAnswers.Trouble;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers an interaction inside Discord's 3-second deadline: the answer is computed on the answer
 * executor; when it is not ready after {@link #DEFER_AFTER} the interaction is deferred
 * ("thinking…") and the answer then replaces that message ({@code @original}), later parts
 * following up.
 *
 * <p>The deferral timer runs on its own scheduler, never behind answers; when the answer executor
 * refuses the work (its queue is full) the user is told at once that the bot is busy.
 */
final class InteractionResponder {
  static final Duration DEFER_AFTER = Duration.ofMillis(1500);
  private static final Logger LOG = LoggerFactory.getLogger(InteractionResponder.class);

  private final BackgroundAnswers answers;
  private final ScheduledExecutorService deadlines;
  private final Duration deferAfter;

  /**
   * @param answers where answers are computed; may refuse work when busy
   * @param deadlines times deferrals; only ever runs short, non-blocking tasks
   */
  InteractionResponder(
      BackgroundAnswers answers, ScheduledExecutorService deadlines, Duration deferAfter) {
    this.answers = answers;
    this.deadlines = deadlines;
    this.deferAfter = deferAfter;
  }

  /**
   * Starts {@code work} and responds with its messages; returns at once.
   *
   * @param ephemeral whether only the user who asked sees the response (the deferral, the answer
   *     and every later part)
   */
  void respond(
      IReplyCallback interaction, boolean ephemeral, Supplier<List<MessageCreateData>> work) {
    respond(interaction, ephemeral, work, () -> {});
  }

  /**
   * Like {@link #respond(IReplyCallback, boolean, Supplier)}, running {@code undelivered} once when
   * Discord refuses the answer or a part of it (such as 10062 Unknown interaction, an answer past
   * the interaction's deadline), so the organizers' report counts it.
   */
  void respond(
      IReplyCallback interaction,
      boolean ephemeral,
      Supplier<List<MessageCreateData>> work,
      Runnable undelivered) {
    Exchange exchange = new Exchange(interaction, ephemeral, undelivered);
    boolean queued =
        answers.answer(
            interaction.getId(),
            () -> exchange.answer(work.get()),
            trouble -> {
              switch (trouble) {
                case BUSY ->
                    interaction
                        .reply(busy())
                        .setEphemeral(true)
                        .queue(
                            null,
                            error ->
                                LOG.warn("Could not say busy to {}", interaction.getId(), error));
                case FAILED -> exchange.fail();
              }
            });
    if (queued) {
      deadlines.schedule(exchange::deadline, deferAfter.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** What a user reads when the bot has more questions than it can take. */
  static MessageCreateData busy() {
    return new MessageCreateBuilder()
        .setContent(Trouble.BUSY.message(""))
        .setAllowedMentions(List.of())
        .mentionRepliedUser(false)
        .build();
  }

  /** One interaction's state: answered directly, or deferred and then edited. */
  private static final class Exchange {
    private final IReplyCallback interaction;
    private final boolean ephemeral;
    private final Runnable undelivered;
    private boolean answered;
    private boolean deferred;
    private boolean failed;

    Exchange(IReplyCallback interaction, boolean ephemeral, Runnable undelivered) {
      this.interaction = interaction;
      this.ephemeral = ephemeral;
      this.undelivered = undelivered;
    }

    synchronized void deadline() {
      if (answered) {
        return;
      }
      deferred = true;
      interaction
          .deferReply(ephemeral)
          .queue(null, e -> LOG.warn("Could not defer {}", interaction.getId(), e));
    }

    synchronized void answer(List<MessageCreateData> messages) {
      answered = true;
      // The hook holds its requests until the deferral is acknowledged, keeping their order.
      for (int i = 0; i < messages.size(); i++) {
        MessageCreateData message = messages.get(i);
        if (i == 0 && !deferred) {
          interaction.reply(message).setEphemeral(ephemeral).queue(null, this::failed);
        } else if (i == 0) {
          interaction
              .getHook()
              .editOriginal(MessageEditData.fromCreateData(message))
              .queue(null, this::failed);
        } else {
          interaction
              .getHook()
              .sendMessage(message)
              .setEphemeral(ephemeral)
              .queue(null, this::failed);
        }
      }
    }

    synchronized void fail() {
      answer(List.of(DiscordListener.apology(interaction.getId())));
    }

    private void failed(Throwable error) {
      LOG.warn("Could not answer interaction {}", interaction.getId(), error);
      boolean first;
      synchronized (this) {
        first = !failed;
        failed = true;
      }
      if (first) {
        undelivered.run();
      }
    }
  }
}
