package dev.usher.discord;

import dev.usher.core.Bot;
import dev.usher.core.platform.BackgroundAnswers;
import dev.usher.core.platform.ChatPlatform;
import dev.usher.core.platform.PostException;
import dev.usher.core.platform.PostStatus;
import dev.usher.core.reply.Reply;
import dev.usher.discord.render.DiscordRenderer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageHistory;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.TimeUtil;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Usher connected to Discord through JDA. {@link #start()} logs in, waits for the gateway's READY
 * and registers the slash commands; answers run on the executor from the app, never on JDA's
 * threads.
 */
final class DiscordPlatform implements ChatPlatform {
  /**
   * The platform\'s name in {@code usher.yaml}, reminder keys and {@link
   * dev.usher.core.command.Caller}.
   */
  static final String NAME = "discord";

  /**
   * GUILD_MESSAGES and DIRECT_MESSAGES for mentions and DMs. (JDA always adds GUILDS, which the
   * server and channel cache needs; it has no constant for it.) No MESSAGE_CONTENT: Discord sends
   * the text of messages that mention the bot, and of DMs to it, without that privileged intent.
   */
  static final EnumSet<GatewayIntent> INTENTS =
      EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);

  private static final Logger LOG = LoggerFactory.getLogger(DiscordPlatform.class);

  /** How long a failed start waits for JDA to finish shutting down, to read the close code. */
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(5);

  /** Discord's largest page of history. */
  private static final int HISTORY_PAGE = 100;

  /** Messages read back at most by {@link #findPost}. */
  private static final int MAX_HISTORY = 200;

  private final String token;
  private final DiscordSettings settings;
  private final Bot bot;
  private final BackgroundAnswers answers;
  private final DiscordEndpoints endpoints;
  private final DiscordRenderer renderer = new DiscordRenderer();

  /**
   * Deferral timers and autocomplete have their own threads: Discord's 3-second deadline must never
   * wait behind answers on the shared executor.
   */
  private final ScheduledExecutorService deadlines =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("usher-discord-deadline").daemon().factory());

  private final ExecutorService completions =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().name("usher-discord-complete").daemon().factory());
  private volatile Optional<JDA> jda = Optional.empty();

  DiscordPlatform(
      String token,
      DiscordSettings settings,
      Bot bot,
      BackgroundAnswers answers,
      DiscordEndpoints endpoints) {
    this.token = Objects.requireNonNull(token, "token");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.bot = Objects.requireNonNull(bot, "bot");
    this.answers = Objects.requireNonNull(answers, "answers");
    this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void start() throws InterruptedException {
    String gateway = endpoints.gatewayUrl();
    GatewayRefusal refusal = new GatewayRefusal(INTENTS, settings.tokenVariable());
    JDA started;
    try {
      started = connect(gateway, refusal);
    } catch (InvalidTokenException refused) {
      // JDA checks the token with GET /users/@me before the gateway; Discord answered 401.
      throw new IllegalStateException(
          "Discord refused the bot token (401 Unauthorized): check "
              + settings.tokenVariable()
              + ", or reset it in the Developer Portal under Bot",
          refused);
    }
    jda = Optional.of(started);
    try {
      started.awaitReady();
    } catch (IllegalStateException shutDown) {
      // JDA shut down before READY; the close code, once its shutdown is complete, says why.
      if (!started.awaitShutdown(SHUTDOWN_WAIT)) {
        LOG.debug("JDA had not shut down after {}; its close code may be missing", SHUTDOWN_WAIT);
      }
      throw refusal
          .reason(shutDown)
          .<RuntimeException>map(r -> new IllegalStateException(r, shutDown))
          .orElse(shutDown);
    }
    registerCommands(started);
    LOG.info(
        "Discord connected as {} in {} servers",
        started.getSelfUser().getName(),
        started.getGuilds().size());
  }

  /** Builds JDA, which checks the token over REST and then opens the gateway in the background. */
  private JDA connect(String gateway, GatewayRefusal refusal) {
    return JDABuilder.createLight(token, INTENTS)
        .setRestConfig(new RestConfig().setBaseUrl(endpoints.restBaseUrl()))
        .setSessionController(
            new SessionControllerAdapter() {
              @Override
              public String getGateway() {
                return gateway;
              }
            })
        .setGatewayEncoding(GatewayEncoding.JSON)
        .setCompression(endpoints.local() ? Compression.NONE : Compression.ZLIB)
        .setMemberCachePolicy(MemberCachePolicy.NONE)
        .setChunkingFilter(ChunkingFilter.NONE)
        .disableCache(EnumSet.allOf(CacheFlag.class))
        .setEnableShutdownHook(false)
        .addEventListeners(
            refusal,
            new DiscordListener(
                bot,
                answers,
                completions,
                renderer,
                new InteractionResponder(answers, deadlines, InteractionResponder.DEFER_AFTER)))
        .build();
  }

  /** Waits until the gateway session is connected again (after a resume or a new identify). */
  void awaitConnected() throws InterruptedException {
    jda.orElseThrow(() -> new IllegalStateException("not started"))
        .awaitStatus(JDA.Status.CONNECTED);
  }

  private void registerCommands(JDA started) {
    if (settings.guilds().isEmpty()) {
      started.updateCommands().addCommands(SlashCommands.all()).complete();
      LOG.info("Registered {} slash commands globally", SlashCommands.all().size());
      return;
    }
    for (String id : settings.guilds()) {
      Guild guild = started.getGuildById(id);
      if (guild == null) {
        LOG.warn("discord.guilds lists {}, a server the bot is not in: invite it there first", id);
        continue;
      }
      guild.updateCommands().addCommands(SlashCommands.all()).complete();
      LOG.info("Registered {} slash commands in server {}", SlashCommands.all().size(), id);
    }
  }

  @Override
  public void post(String channelId, Reply reply) throws PostException {
    MessageChannel channel = channel(channelId);
    for (MessageCreateData message : renderer.render(reply)) {
      send(channel, message, Optional.empty());
    }
  }

  /**
   * Posts like {@link #post(String, Reply)}, each message with the marker {@code
   * usher:<key>:<part>/<parts>} in its last embed's footer and an enforced nonce (see {@link
   * PostMarker}).
   */
  @Override
  public void post(String channelId, Reply reply, String postKey) throws PostException {
    Objects.requireNonNull(postKey, "postKey");
    MessageChannel channel = channel(channelId);
    List<MessageCreateData> messages = renderer.render(reply);
    for (int i = 0; i < messages.size(); i++) {
      PostMarker marker = new PostMarker(postKey, i, messages.size());
      send(channel, marker.tag(messages.get(i)), Optional.of(marker.nonce()));
    }
  }

  /**
   * Opens the DM channel with {@code userId} ({@code POST /users/@me/channels}) and posts there
   * like {@link #post(String, Reply, String)}. A person who shares no server with the bot or
   * accepts no DMs from it is refused by Discord (50007, "Cannot send messages to this user"),
   * which is not retried.
   */
  @Override
  public void postDirect(String userId, Reply reply, String postKey) throws PostException {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(postKey, "postKey");
    MessageChannel channel = direct(userId);
    List<MessageCreateData> messages = renderer.render(reply);
    for (int i = 0; i < messages.size(); i++) {
      PostMarker marker = new PostMarker(postKey, i, messages.size());
      send(channel, marker.tag(messages.get(i)), Optional.of(marker.nonce()));
    }
  }

  /**
   * Reads at most {@link #MAX_HISTORY} messages of the channel since {@code since}, looking for
   * this bot's message with the marker of the post's last part. Without Read Message History (or
   * access to the channel) the answer is UNKNOWN; so it is when the channel has more messages since
   * then than that.
   */
  @Override
  public PostStatus findPost(String channelId, String postKey, Instant since) throws PostException {
    Objects.requireNonNull(postKey, "postKey");
    return find(channel(channelId), postKey, since);
  }

  /** Reads the DM channel with {@code userId} (opened if need be) as {@link #findPost} does. */
  @Override
  public PostStatus findDirect(String userId, String postKey, Instant since) throws PostException {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(postKey, "postKey");
    return find(direct(userId), postKey, since);
  }

  private PostStatus find(MessageChannel channel, String postKey, Instant since)
      throws PostException {
    String self = channel.getJDA().getSelfUser().getId();
    String after = Long.toUnsignedString(TimeUtil.getDiscordTimestamp(since.toEpochMilli()));
    String where = "Discord channel " + channel.getId();
    try {
      MessageHistory history =
          MessageHistory.getHistoryAfter(channel, after).limit(HISTORY_PAGE).complete(false);
      List<Message> page = history.getRetrievedHistory();
      int read = 0;
      while (true) {
        boolean found =
            page.stream()
                .anyMatch(
                    m -> m.getAuthor().getId().equals(self) && PostMarker.isLastPartOf(m, postKey));
        if (found) {
          return PostStatus.FOUND;
        }
        read += page.size();
        if (page.size() < HISTORY_PAGE) {
          return PostStatus.NOT_FOUND;
        }
        if (read >= MAX_HISTORY) {
          return PostStatus.UNKNOWN;
        }
        page = history.retrieveFuture(HISTORY_PAGE).complete(false);
      }
    } catch (InsufficientPermissionException e) {
      LOG.warn(
          "{} cannot be searched for post {}: the bot lacks {}",
          where,
          postKey,
          e.getPermission().getName());
      return PostStatus.UNKNOWN;
    } catch (ErrorResponseException e) {
      if (e.getErrorResponse() == ErrorResponse.MISSING_PERMISSIONS
          || e.getErrorResponse() == ErrorResponse.MISSING_ACCESS) {
        LOG.warn("{} cannot be searched for post {}: {}", where, postKey, e.getMeaning());
        return PostStatus.UNKNOWN;
      }
      throw failed(where + " history could not be read", e);
    } catch (RateLimitedException | RuntimeException e) {
      throw failed(where + " history could not be read", e);
    }
  }

  /** The DM channel with {@code userId}: {@code POST /users/@me/channels}, the same each time. */
  private MessageChannel direct(String userId) throws PostException {
    JDA connected =
        jda.orElseThrow(
            () ->
                new PostException(
                    "Discord is not started",
                    true,
                    Duration.ZERO,
                    new IllegalStateException("post before start")));
    try {
      return connected.openPrivateChannelById(userId).complete(false);
    } catch (RateLimitedException | RuntimeException e) {
      throw failed("Discord could not open a direct message", e);
    }
  }

  private MessageChannel channel(String channelId) throws PostException {
    JDA connected =
        jda.orElseThrow(
            () ->
                new PostException(
                    "Discord is not started",
                    true,
                    Duration.ZERO,
                    new IllegalStateException("post before start")));
    MessageChannel channel = connected.getChannelById(MessageChannel.class, channelId);
    if (channel == null) {
      throw new PostException(
          "Discord channel " + channelId + " is unknown or not visible to the bot",
          false,
          Duration.ZERO,
          new IllegalArgumentException("unknown channel " + channelId));
    }
    return channel;
  }

  private static void send(
      MessageChannel channel, MessageCreateData message, Optional<String> nonce)
      throws PostException {
    try {
      MessageCreateAction action = channel.sendMessage(message);
      if (nonce.isPresent()) {
        action = action.setNonce(nonce.get());
      }
      // complete(false): a rate limit comes back to the reminder scheduler, which owns retries.
      action.complete(false);
    } catch (RateLimitedException | RuntimeException e) {
      throw failed("Discord channel " + channel.getId() + " refused the post", e);
    }
  }

  /**
   * Translates JDA's failures; a rate limit, a 5xx or an I/O error is retryable. A permission the
   * bot lacks (JDA checks it before sending) is permanent until an admin changes the channel.
   */
  private static PostException failed(String what, Exception e) {
    return switch (e) {
      case InsufficientPermissionException missing ->
          new PostException(
              what + ": the bot lacks " + missing.getPermission().getName() + " there",
              false,
              Duration.ZERO,
              e);
      case RateLimitedException limited ->
          new PostException(
              what + ": rate limited",
              true,
              Duration.ofMillis(Math.max(0, limited.getRetryAfter())),
              e);
      case ErrorResponseException refused -> {
        int status = refused.getResponse() == null ? -1 : refused.getResponse().code;
        boolean retryable = status == 429 || status >= 500 || status < 0 || causedByIo(e);
        yield new PostException(
            what + ": HTTP " + status + " " + refused.getMeaning(), retryable, Duration.ZERO, e);
      }
      default -> {
        if (causedByIo(e) && e instanceof RuntimeException) {
          yield new PostException(what + ": could not be reached", true, Duration.ZERO, e);
        }
        if (e instanceof RuntimeException runtime) {
          throw runtime;
        }
        yield new PostException(what, false, Duration.ZERO, e);
      }
    };
  }

  private static boolean causedByIo(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    deadlines.shutdownNow();
    completions.shutdownNow();
    jda.ifPresent(
        running -> {
          running.shutdown();
          try {
            if (!running.awaitShutdown(Duration.ofSeconds(10))) {
              running.shutdownNow();
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.shutdownNow();
          }
        });
  }
}
