package dev.usher.discord;

import dev.usher.core.Bot;
import dev.usher.core.command.Caller;
import dev.usher.core.command.CallerRole;
import dev.usher.core.command.CommandCatalog;
import dev.usher.core.command.CommandSpec;
import dev.usher.core.command.CompletionKind;
import dev.usher.core.command.Request;
import dev.usher.core.platform.BackgroundAnswers;
import dev.usher.core.reply.Info;
import dev.usher.core.reply.Reply;
import dev.usher.discord.render.DiscordRenderer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns JDA events into requests to the bot. Runs on JDA's event thread, so it only reads the event
 * and hands the work to the executor.
 */
final class DiscordListener extends ListenerAdapter {
  /** Discord's cap on autocomplete choices, and on each choice's length. */
  static final int MAX_CHOICES = 25;

  private static final int MAX_CHOICE_LENGTH = 100;

  private static final Logger LOG = LoggerFactory.getLogger(DiscordListener.class);

  private final Bot bot;
  private final BackgroundAnswers answers;
  private final Executor completions;
  private final DiscordRenderer renderer;
  private final InteractionResponder responder;

  /**
   * @param answers where answers to messages are computed; may refuse work when busy
   * @param completions where autocomplete runs, apart from answers (its deadline is 3 seconds)
   */
  DiscordListener(
      Bot bot,
      BackgroundAnswers answers,
      Executor completions,
      DiscordRenderer renderer,
      InteractionResponder responder) {
    this.bot = bot;
    this.answers = answers;
    this.completions = completions;
    this.renderer = renderer;
    this.responder = responder;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    Optional<CommandSpec> spec = CommandCatalog.command(event.getName());
    Map<String, String> options = new HashMap<>();
    for (OptionMapping option : event.getOptions()) {
      options.put(option.getName(), option.getAsString());
    }
    Optional<Request> request = CommandCatalog.request(event.getName(), options);
    if (request.isEmpty()) {
      event
          .reply(
              message(
                  new Info(
                      "Unknown command",
                      "I don't know /" + event.getName() + " with these options; try /help.")))
          .setEphemeral(true)
          .queue(null, e -> LOG.warn("Could not answer {}", event.getId(), e));
      return;
    }
    // An organizer's command (a reload's report of the folder) is for the organizer, not the
    // channel.
    boolean ephemeral =
        spec.map(CommandSpec::organizerOnly).orElse(false)
            || CommandCatalog.personal(request.get());
    // The core decides what the caller may do; default permissions can be widened by server admins,
    // so the role comes from the member's own permission, not from Discord having shown the
    // command.
    Caller caller = caller(event.getUser(), event.getMember(), event.getChannelId());
    // The organizers' report counts answers that never reached the attendee, as for messages.
    AtomicReference<Optional<Reply>> answered = new AtomicReference<>(Optional.empty());
    responder.respond(
        event,
        ephemeral,
        () -> {
          Reply reply = bot.handle(request.get(), caller);
          answered.set(Optional.of(reply));
          return renderer.render(reply);
        },
        () -> Objects.requireNonNull(answered.get()).ifPresent(bot::undelivered));
  }

  /**
   * Every button of every reply: its custom_id is the core's action, given back as it came; what it
   * means is the core's business. The answer is seen only by the presser.
   */
  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    Caller caller = caller(event.getUser(), event.getMember(), event.getChannelId());
    Request press = new Request.Press(event.getComponentId());
    responder.respond(event, true, () -> renderer.render(bot.handle(press, caller)));
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    Optional<CompletionKind> kind =
        CommandCatalog.command(event.getName()).stream()
            .flatMap(c -> c.options().stream())
            .filter(o -> o.name().equals(event.getFocusedOption().getName()))
            .findFirst()
            .flatMap(CommandSpec.OptionSpec::completion);
    String prefix = event.getFocusedOption().getValue();
    // Some completions are the person's own (their starred sessions for /unstar).
    Caller caller = caller(event.getUser(), event.getMember(), event.getChannelId());
    completions.execute(
        () -> {
          List<String> choices;
          try {
            choices =
                kind
                    .map(k -> bot.complete(k, prefix, MAX_CHOICES, caller))
                    .orElse(List.of())
                    .stream()
                    .flatMap(c -> choice(c).stream())
                    .distinct()
                    .toList();
          } catch (RuntimeException e) {
            LOG.error("Autocomplete {} failed", event.getId(), e);
            choices = List.of();
          }
          event
              .replyChoiceStrings(choices)
              .queue(null, e -> LOG.warn("Could not autocomplete {}", event.getId(), e));
        });
  }

  /**
   * A completion as Discord accepts a choice: 1 to 100 characters, never cut inside a surrogate
   * pair (half an emoji is invalid UTF-16, and Discord refuses the whole answer); empty if blank.
   */
  static Optional<String> choice(String completion) {
    String text = completion.strip();
    if (text.length() > MAX_CHOICE_LENGTH) {
      int cut = MAX_CHOICE_LENGTH;
      if (Character.isHighSurrogate(text.charAt(cut - 1))) {
        cut--;
      }
      text = text.substring(0, cut).strip();
    }
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    User author = event.getAuthor();
    if (author.isBot() || author.isSystem() || event.isWebhookMessage()) {
      return;
    }
    Message message = event.getMessage();
    User self = event.getJDA().getSelfUser();
    boolean direct = !event.isFromGuild();
    // Only a mention of the bot itself: @everyone and role mentions are not questions to us.
    if (!direct && !message.getMentions().isMentioned(self, Message.MentionType.USER)) {
      return;
    }
    String question =
        Pattern.compile("<@!?" + self.getId() + ">")
            .matcher(message.getContentRaw())
            .replaceAll(" ")
            .strip();
    Request request = question.isEmpty() ? new Request.Help() : new Request.Ask(question);
    answers.answer(
        message.getId(),
        () -> answer(message, request),
        trouble ->
            message
                .reply(
                    trouble == BackgroundAnswers.Trouble.BUSY
                        ? InteractionResponder.busy()
                        : apology(message.getId()))
                .queue(null, e -> LOG.warn("Could not apologize to {}", message.getId(), e)));
  }

  private void answer(Message message, Request request) {
    Caller caller = caller(message.getAuthor(), message.getMember(), message.getChannelId());
    Reply reply = bot.handle(request, caller);
    List<MessageCreateData> messages = renderer.render(reply);
    for (int i = 0; i < messages.size(); i++) {
      var action =
          i == 0
              ? message.reply(messages.get(i))
              : message.getChannel().sendMessage(messages.get(i));
      action.queue(
          null,
          e -> {
            LOG.warn("Could not answer message {}", message.getId(), e);
            // The organizers' report counts answers that never reached the attendee.
            bot.undelivered(reply);
          });
    }
  }

  /** A direct message has no member, so no server permission: its author is an attendee there. */
  private static Caller caller(User user, @Nullable Member member, @Nullable String channelId) {
    Caller attendee =
        Caller.attendee(DiscordPlatform.NAME, user.getId(), channelId == null ? "" : channelId);
    boolean organizer = member != null && member.hasPermission(SlashCommands.ORGANIZER);
    return organizer ? attendee.withRole(CallerRole.ORGANIZER) : attendee;
  }

  private MessageCreateData message(Reply reply) {
    return renderer.render(reply).get(0);
  }

  /**
   * The polite answer when something failed on our side; details are in the log under reference.
   */
  static MessageCreateData apology(String reference) {
    return new MessageCreateBuilder()
        .setContent(BackgroundAnswers.Trouble.FAILED.message(reference))
        .setAllowedMentions(List.of())
        .mentionRepliedUser(false)
        .build();
  }
}
