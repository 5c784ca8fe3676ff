package dev.usher.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageMeEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import com.slack.api.socket_mode.SocketModeClient;
import dev.usher.core.Bot;
import dev.usher.core.platform.BackgroundAnswers;
import dev.usher.core.platform.ChatPlatform;
import dev.usher.core.platform.PostException;
import dev.usher.core.platform.PostStatus;
import dev.usher.core.platform.SeenDeliveries;
import dev.usher.core.reply.Reply;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Usher in one Slack workspace, through a Bolt app: over Socket Mode by default, or over HTTP.
 * {@link #post} is thread-safe; {@link #start()} and {@link #close()} are called once each.
 */
public final class SlackPlatform implements ChatPlatform {
  /**
   * The platform\'s name in {@code usher.yaml}, reminder keys and {@link
   * dev.usher.core.command.Caller}.
   */
  static final String NAME = "slack";

  private static final Logger LOG = LoggerFactory.getLogger(SlackPlatform.class);
  private static final int REMEMBERED_DELIVERIES = 10_000;

  /** How long start waits for Slack's {@code hello} on the first Socket Mode connection. */
  static final Duration GREETING_TIMEOUT = Duration.ofSeconds(10);

  private final SlackSettings settings;
  private final SlackCredentials credentials;
  private final Slack slack;
  private final App app;
  private final SlackRenderer renderer;
  private @Nullable SocketModeApp socketMode;
  private @Nullable SlackHttpServer httpServer;

  /**
   * A platform that remembers the deliveries it answered in memory only (a retry after a restart is
   * answered again).
   *
   * @param answers where answers are computed; owned by the caller, who closes it
   */
  public SlackPlatform(
      SlackSettings settings, SlackCredentials credentials, Bot bot, BackgroundAnswers answers) {
    this(settings, credentials, bot, answers, SeenDeliveries.inMemory(REMEMBERED_DELIVERIES));
  }

  /**
   * @param answers where answers are computed; owned by the caller, who closes it
   * @param seen the deliveries already answered: an event, slash command or button click Slack
   *     delivers again (a retry, a re-sent envelope, a replayed request) is acknowledged and not
   *     answered again
   */
  public SlackPlatform(
      SlackSettings settings,
      SlackCredentials credentials,
      Bot bot,
      BackgroundAnswers answers,
      SeenDeliveries seen) {
    Objects.requireNonNull(seen, "seen");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(bot, "bot");
    Objects.requireNonNull(answers, "answers");
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(settings.apiUrl());
    // The metrics datastore calls auth.test per token and runs background jobs: nothing reads it.
    config.setStatsEnabled(false);
    this.slack = Slack.getInstance(config);
    AppConfig.AppConfigBuilder app =
        AppConfig.builder().slack(slack).singleTeamBotToken(credentials.botToken());
    credentials.signingSecret().ifPresent(app::signingSecret);
    this.app = new App(app.build());
    this.renderer = new SlackRenderer(settings.slashCommand("help"));
    register(new BackgroundAnswerer(bot, renderer, answers), new SlackDeliveries(seen));
  }

  private void register(BackgroundAnswerer answerer, SlackDeliveries seen) {
    app.event(AppMentionEvent.class, new MentionHandler(answerer, seen));
    app.event(MessageEvent.class, DirectMessageHandler.plain(answerer, seen));
    app.event(MessageFileShareEvent.class, DirectMessageHandler.fileShare(answerer, seen));
    app.event(
        MessageThreadBroadcastEvent.class, DirectMessageHandler.threadBroadcast(answerer, seen));
    app.event(MessageMeEvent.class, DirectMessageHandler.me(answerer, seen));
    // One route for every button: the core's actions are opaque here.
    app.blockAction(java.util.regex.Pattern.compile(".+"), new ButtonPressHandler(answerer, seen));
    SlashCommandResponder commands = new SlashCommandResponder(answerer, settings, seen);
    for (var command : SlackSettings.slackCommands()) {
      app.command(settings.slashCommand(command.name()), commands);
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void start() throws Exception {
    try {
      connect();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw startFailure(e, settings.secrets());
    }
  }

  /**
   * Bolt reports every failed {@code auth.test} as "The token is invalid (error: X)", a network
   * failure included. X is a Slack error code ({@code invalid_auth}, {@code token_revoked}: always
   * lower case with underscores) when Slack answered; anything else means Slack was not reached.
   */
  static RuntimeException startFailure(
      RuntimeException e, SlackSettings.SecretVariables variables) {
    var appToken = SOCKET_MODE_URL_FAILURE.matcher(String.valueOf(e.getMessage()));
    if (appToken.matches()) {
      String error = appToken.group(1);
      return error.matches("[a-z_]+")
          ? new IllegalStateException(
              "Slack refused the app token ("
                  + error
                  + "): check "
                  + variables.appToken()
                  + ", an app-level token (xapp-) with the connections:write scope",
              e)
          : new IllegalStateException("cannot open Slack's Socket Mode (" + error + ")", e);
    }
    var matcher = BOLT_TOKEN_FAILURE.matcher(String.valueOf(e.getMessage()));
    if (!matcher.matches()) {
      return e;
    }
    String error = matcher.group(1);
    return error.matches("[a-z_]+")
        ? new IllegalStateException(
            "Slack refused the bot token (" + error + "): check " + variables.botToken(), e)
        : new IllegalStateException(
            "cannot reach Slack (" + error + "): no network, DNS or proxy?", e);
  }

  /** What the Slack client says when {@code apps.connections.open} fails (with Slack's code). */
  private static final java.util.regex.Pattern SOCKET_MODE_URL_FAILURE =
      java.util.regex.Pattern.compile(
          "Failed to connect to the Socket Mode endpoint URL \\(error: (.*)\\)",
          java.util.regex.Pattern.DOTALL);

  private static final java.util.regex.Pattern BOLT_TOKEN_FAILURE =
      java.util.regex.Pattern.compile(
          "The token is invalid \\(error: (.*)\\)", java.util.regex.Pattern.DOTALL);

  private void connect() throws Exception {
    // Every other event (edits, deletions, bot messages, subtypes Slack adds later) is
    // acknowledged:
    // Bolt answers 404 to an event without a handler, and Slack retries it. Added here, not in the
    // constructor: Bolt checks the token with auth.test when the first middleware is added.
    app.use(new AcknowledgeUnhandledEvents());
    switch (settings.mode()) {
      case SOCKET -> {
        String appToken =
            credentials
                .appToken()
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            settings.secrets().appToken() + " is needed for Socket Mode"));
        socketMode = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
        socketMode.startAsync();
        SocketModeDisconnects.watch(socketMode.getClient());
        awaitGreeting(socketMode.getClient());
      }
      case HTTP -> {
        app.start();
        httpServer =
            new SlackHttpServer(app, new InetSocketAddress(settings.bind(), settings.port()));
        httpServer.start();
      }
    }
  }

  /**
   * Returns once Slack said {@code hello} on the new connection, so "connected" is true when said.
   * The listener can only be added once Bolt has made the client, which also starts connecting: in
   * the unlikely case the greeting was handled before the listener was there, an open connection at
   * the deadline counts as greeted.
   */
  private static void awaitGreeting(SocketModeClient client) throws InterruptedException {
    SocketModeGreeting greeting = new SocketModeGreeting();
    client.addWebSocketMessageListener(greeting);
    if (!greeting.awaitFirst(GREETING_TIMEOUT) && !client.verifyConnection()) {
      throw new IllegalStateException(
          "Slack gave a Socket Mode address but no connection was made"
              + " within "
              + GREETING_TIMEOUT.toSeconds()
              + " s: is a proxy or firewall blocking"
              + " WebSockets (wss://wss-primary.slack.com)?");
    }
  }

  /** The HTTP mode's address once started; empty in Socket Mode. */
  Optional<InetSocketAddress> httpAddress() {
    return Optional.ofNullable(httpServer).map(SlackHttpServer::address);
  }

  /** The HTTP mode's port once started (useful when configured as 0); empty in Socket Mode. */
  Optional<Integer> httpPort() {
    return Optional.ofNullable(httpServer).map(SlackHttpServer::port);
  }

  @Override
  public void post(String channelId, Reply reply) throws PostException {
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(reply, "reply");
    SlackPoster.post(
        slack.methods(credentials.botToken()), channelId, Optional.empty(), renderer.render(reply));
  }

  /** Tags every message with metadata {@code usher_reminder} carrying the key and the part. */
  @Override
  public void post(String channelId, Reply reply, String postKey) throws PostException {
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(reply, "reply");
    Objects.requireNonNull(postKey, "postKey");
    SlackPoster.post(
        slack.methods(credentials.botToken()),
        channelId,
        Optional.empty(),
        renderer.render(reply),
        Optional.of(postKey));
  }

  /**
   * Opens the DM with {@code userId} ({@code conversations.open}, scope {@code im:write}) and posts
   * there like {@link #post(String, Reply, String)}.
   */
  @Override
  public void postDirect(String userId, Reply reply, String postKey) throws PostException {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(reply, "reply");
    Objects.requireNonNull(postKey, "postKey");
    var client = slack.methods(credentials.botToken());
    String dm = SlackDirect.open(client, userId);
    SlackPoster.post(client, dm, Optional.empty(), renderer.render(reply), Optional.of(postKey));
  }

  /**
   * Reads the channel's history since {@code since} with its metadata; needs the {@code
   * channels:history} (or {@code groups:history}) scope and the bot in the channel, else UNKNOWN.
   */
  @Override
  public PostStatus findPost(String channelId, String postKey, Instant since) throws PostException {
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(since, "since");
    return SlackPostFinder.find(slack.methods(credentials.botToken()), channelId, postKey, since);
  }

  /**
   * Opens the DM with {@code userId} and reads it as {@link #findPost} does; needs {@code
   * im:history}, which receiving direct messages needs too.
   */
  @Override
  public PostStatus findDirect(String userId, String postKey, Instant since) throws PostException {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(since, "since");
    var client = slack.methods(credentials.botToken());
    return SlackPostFinder.find(client, SlackDirect.open(client, userId), postKey, since);
  }

  @Override
  public void close() {
    if (httpServer != null) {
      httpServer.close();
    }
    try {
      if (socketMode != null) {
        socketMode.close();
      } else {
        app.stop();
      }
    } catch (Exception e) {
      LOG.warn("Slack did not stop cleanly", e);
    }
    try {
      slack.close();
    } catch (Exception e) {
      LOG.warn("Slack's HTTP client did not close cleanly", e);
    }
  }
}
