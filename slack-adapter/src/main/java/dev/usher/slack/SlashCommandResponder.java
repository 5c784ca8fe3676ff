package dev.usher.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.webhook.WebhookResponse;
import dev.usher.core.command.Caller;
import dev.usher.core.command.CommandCatalog;
import dev.usher.core.command.CommandSpec;
import dev.usher.core.command.CommandText;
import dev.usher.core.command.Request;
import dev.usher.core.platform.PostException;
import dev.usher.core.reply.FileReply;
import dev.usher.core.reply.Info;
import dev.usher.core.reply.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every catalog slash command: reads the text into the command's options, acknowledges at once, and
 * answers through the command's response URL (which works in channels the bot is not in). A command
 * that arrives again (a replayed request, same {@code trigger_id}) is only acknowledged.
 */
final class SlashCommandResponder implements SlashCommandHandler {
  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
  private static final Logger LOG = LoggerFactory.getLogger(SlashCommandResponder.class);

  private final BackgroundAnswerer answerer;
  private final SlackSettings settings;
  private final SlackDeliveries seen;
  private final SlackCallers callers;

  SlashCommandResponder(BackgroundAnswerer answerer, SlackSettings settings, SlackDeliveries seen) {
    this.answerer = answerer;
    this.settings = settings;
    this.seen = seen;
    this.callers = new SlackCallers(settings);
  }

  @Override
  public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
    SlashCommandPayload payload = req.getPayload();
    if (!seen.firstCommand(payload.getTriggerId())) {
      // A replayed request: the first one was answered (or told why not).
      return ctx.ack();
    }
    Optional<CommandSpec> command =
        settings.catalogName(payload.getCommand()).flatMap(CommandCatalog::command);
    if (command.isEmpty()) {
      return ctx.ack(
          r ->
              r.responseType("ephemeral")
                  .text("I don't know " + Mrkdwn.escape(payload.getCommand())));
    }
    String text = UserText.plain(Optional.ofNullable(payload.getText()).orElse(""));
    Map<String, String> options = CommandText.options(command.get(), text);
    Optional<Request> request = CommandCatalog.request(command.get().name(), options);
    if (request.isEmpty()) {
      return ctx.ack(
          r -> r.responseType("ephemeral").text("Usage: " + Mrkdwn.escape(usage(command.get()))));
    }
    String correlationId = Optional.ofNullable(payload.getTriggerId()).orElse(payload.getCommand());
    // An organizer's command is answered to the organizer only (a reload's report of the folder),
    // and so is what concerns one person's agenda.
    boolean organizerOnly = command.get().organizerOnly();
    String responseType =
        organizerOnly || CommandCatalog.personal(request.get()) ? "ephemeral" : "in_channel";
    Caller attendee =
        Caller.attendee(
            SlackPlatform.NAME,
            Objects.requireNonNullElse(payload.getUserId(), ""),
            Objects.requireNonNullElse(payload.getChannelId(), ""));
    Supplier<Caller> caller =
        organizerOnly
            ? () -> attendee.withRole(callers.role(ctx.client(), payload.getUserId()))
            : () -> attendee;
    boolean queued =
        answerer.answerReply(
            correlationId,
            request.get(),
            caller,
            reply -> {
              Reply shown =
                  reply instanceof FileReply file
                      ? sendFile(ctx, payload.getUserId(), file)
                      : reply;
              for (SlackMessage message : answerer.renderer().render(shown)) {
                RateLimitRetry.run(() -> respond(ctx, message, responseType));
              }
            });
    if (!queued) {
      return ctx.ack(r -> r.responseType("ephemeral").text(BackgroundAnswerer.BUSY));
    }
    return ctx.ack();
  }

  /**
   * Uploads {@code file} into the person's DM with the bot (a response URL cannot carry a file),
   * and says where it went, or why it could not be sent.
   */
  private static Reply sendFile(SlashCommandContext ctx, String userId, FileReply file) {
    try {
      String dm = SlackDirect.open(ctx.client(), userId);
      SlackDirect.upload(ctx.client(), dm, file);
      return new Info(
          file.title(),
          file.text() + " I sent " + file.fileName() + " to you in a direct message.",
          file.notes());
    } catch (PostException e) {
      LOG.warn("{} not sent: {}", file.fileName(), e.getMessage());
      return new Info(
          file.title(),
          "I could not send you " + file.fileName() + ": " + e.getMessage(),
          file.notes());
    }
  }

  private static void respond(SlashCommandContext ctx, SlackMessage message, String responseType)
      throws PostException {
    WebhookResponse response;
    try {
      response =
          ctx.respond(
              SlashCommandResponse.builder()
                  .responseType(responseType)
                  .text(message.text())
                  .blocks(message.blocks())
                  .build());
    } catch (IOException e) {
      throw new PostException("response_url failed: " + e.getMessage(), true, Duration.ZERO, e);
    }
    int code = response.getCode() == null ? -1 : response.getCode();
    if (code != 200) {
      Duration retryAfter =
          Optional.ofNullable(response.getHeaders())
              .flatMap(
                  h ->
                      h.entrySet().stream()
                          .filter(
                              e -> e.getKey() != null && e.getKey().equalsIgnoreCase("Retry-After"))
                          .flatMap(e -> e.getValue().stream())
                          .findFirst())
              .flatMap(SlackPoster::seconds)
              // Bolt's response sender does not always pass the headers on: Slack's usual wait
              // then.
              .orElse(code == 429 ? DEFAULT_RETRY_AFTER : Duration.ZERO);
      throw new PostException(
          "response_url answered " + code + ": " + response.getBody(),
          code == 429 || code >= 500,
          retryAfter,
          null);
    }
  }

  private String usage(CommandSpec command) {
    return settings.slashCommand(command.name())
        + " "
        + command.options().stream()
            .map(
                o ->
                    o.required()
                        ? o.name() + "=<" + o.description() + ">"
                        : "[" + o.name() + "=...]")
            .collect(Collectors.joining(" "));
  }
}
