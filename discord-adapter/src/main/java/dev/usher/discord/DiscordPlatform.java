package dev.usher.discord;

import dev.usher.core.Bot;
import dev.usher.core.platform.ChatPlatform;
import dev.usher.core.platform.PostException;
import dev.usher.core.reply.Reply;
import dev.usher.discord.render.DiscordRenderer;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
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
   * GUILD_MESSAGES and DIRECT_MESSAGES for mentions and DMs. (JDA always adds GUILDS, which the
   * server and channel cache needs; it has no constant for it.) No MESSAGE_CONTENT: Discord sends the
   * text of messages that mention the bot, and of DMs to it, without that privileged intent.
   */
  static final EnumSet<GatewayIntent> INTENTS =
      EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);

  private static final Logger LOG = LoggerFactory.getLogger(DiscordPlatform.class);

  private final String token;
  private final DiscordSettings settings;
  private final Bot bot;
  private final ExecutorService executor;
  private final DiscordEndpoints endpoints;
  private final DiscordRenderer renderer = new DiscordRenderer();
  private volatile Optional<JDA> jda = Optional.empty();

  DiscordPlatform(
      String token,
      DiscordSettings settings,
      Bot bot,
      ExecutorService executor,
      DiscordEndpoints endpoints) {
    this.token = Objects.requireNonNull(token, "token");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.bot = Objects.requireNonNull(bot, "bot");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
  }

  @Override
  public String name() {
    return "discord";
  }

  @Override
  public void start() throws InterruptedException {
    String gateway = endpoints.gatewayUrl();
    JDA started =
        JDABuilder.createLight(token, INTENTS)
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
                new DiscordListener(bot, executor, renderer, new InteractionResponder(executor, InteractionResponder.DEFER_AFTER)))
            .build();
    jda = Optional.of(started);
    started.awaitReady();
    registerCommands(started);
    LOG.info("Discord connected as {} in {} servers", started.getSelfUser().getName(),
        started.getGuilds().size());
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
    JDA connected =
        jda.orElseThrow(() -> new PostException("Discord is not started", true, Duration.ZERO,
            new IllegalStateException("post before start")));
    MessageChannel channel = connected.getChannelById(MessageChannel.class, channelId);
    if (channel == null) {
      throw new PostException(
          "Discord channel " + channelId + " is unknown or not visible to the bot",
          false, Duration.ZERO, new IllegalArgumentException("unknown channel " + channelId));
    }
    for (MessageCreateData message : renderer.render(reply)) {
      send(channel, message);
    }
  }

  private static void send(MessageChannel channel, MessageCreateData message) throws PostException {
    String where = "Discord channel " + channel.getId();
    try {
      // complete(false): a rate limit comes back to the reminder scheduler, which owns retries.
      channel.sendMessage(message).complete(false);
    } catch (RateLimitedException e) {
      throw new PostException(where + " is rate limited", true,
          Duration.ofMillis(Math.max(0, e.getRetryAfter())), e);
    } catch (ErrorResponseException e) {
      int status = e.getResponse() == null ? -1 : e.getResponse().code;
      boolean retryable = status == 429 || status >= 500 || status < 0 || causedByIo(e);
      throw new PostException(where + " refused the post: HTTP " + status + " " + e.getMeaning(),
          retryable, Duration.ZERO, e);
    } catch (RuntimeException e) {
      if (causedByIo(e)) {
        throw new PostException(where + " could not be reached", true, Duration.ZERO, e);
      }
      throw e;
    }
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
