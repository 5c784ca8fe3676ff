package dev.usher.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A stand-in for Discord on 127.0.0.1: the REST API on an HTTP server and the gateway on a
 * WebSocket server, speaking Discord's JSON. Records what the client sends so tests can assert on
 * it.
 *
 * <p>As strict as Discord about interactions: exactly one initial response, only within 3 seconds
 * of the interaction (its id's timestamp), else 10062 Unknown Interaction, a second one 40060
 * Interaction has already been acknowledged; editing {@code @original} and follow-ups only after
 * the initial response and for 15 minutes (10015 Unknown Webhook); and about messages: content
 * 2,000 characters, 10 embeds, embed title 256, description 4,096, 25 fields, field name 256 and
 * value 1,024, footer 2,048, 6,000 in all, and components: at most 5 action rows of 1 to 5 buttons,
 * each with a custom_id of 1 to 100 characters unique in the message and a label of at most 80
 * (50035 Invalid Form Body); a history read only of a known channel (10003 Unknown Channel) and
 * with a {@code limit} of 1 to 100 (50035); a message with an enforced nonce already used in the
 * channel is not created again, the first one is returned; any route can be made to answer 429 with
 * {@code retry_after}.
 *
 * <p>And about the gateway: on request it sends Reconnect (op 7) and Invalid Session (op 9,
 * resumable or not), stops acknowledging a connection's heartbeats (a zombie connection), closes an
 * IDENTIFY with a close code such as 4004 or 4014; it resumes (op 6) only a session it gave out and
 * has not invalidated, answering any other resume with op 9 {@code false}.
 *
 * <p>Public, in this module's test-jar, for the bench's measure of whole {@code serve} processes.
 */
public final class FakeDiscord implements AutoCloseable {
  public static final String TOKEN = "test-token";
  static final String BOT_ID = "900000000000000001";
  static final String APP_ID = BOT_ID;
  public static final String GUILD_ID = "800000000000000001";
  static final String OWNER_ID = "700000000000000009";
  static final String CHANNEL_ID = "810000000000000001";
  static final String FORBIDDEN_CHANNEL_ID = "810000000000000002";
  static final String LIMITED_CHANNEL_ID = "810000000000000003";

  /** A role with Manage Server only. */
  static final String ORGANIZER_ROLE_ID = "830000000000000001";

  static final String BROKEN_CHANNEL_ID = "810000000000000004";

  /** A channel whose permission overwrite denies @everyone (the bot included) Send Messages. */
  static final String NO_SEND_CHANNEL_ID = "810000000000000005";

  /** The text channels of the server, as GUILD_CREATE lists them. */
  private static final java.util.Set<String> GUILD_CHANNEL_IDS =
      java.util.Set.of(
          CHANNEL_ID,
          FORBIDDEN_CHANNEL_ID,
          LIMITED_CHANNEL_ID,
          BROKEN_CHANNEL_ID,
          NO_SEND_CHANNEL_ID);

  static final long SEND_MESSAGES = 1L << 11;
  static final String ATTENDEE_ID = "700000000000000001";
  static final String ORGANIZER_ID = "700000000000000002";

  /** View channel, send messages, embed links, read history: what a plain member has. */
  static final String MEMBER_PERMISSIONS = "84992";

  /** The same plus Manage Server. */
  static final String ORGANIZER_PERMISSIONS = "85024";

  static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A request the client made, REST or gateway. */
  public record Sent(String method, String path, JsonNode body) {}

  /** A file part ({@code files[n]}) of a multipart/form-data request, with the request's path. */
  record Upload(String path, String field, String fileName, String content) {}

  /** A member who shares the server but accepts no DMs from the bot: 50007 on the DM's messages. */
  static final String DMS_CLOSED_ID = "700000000000000003";

  private final HttpServer rest;
  private final Gateway gateway;
  private final List<Sent> restRequests = new ArrayList<>();
  private final List<Upload> uploads = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** DM channels opened with POST /users/@me/channels: the recipient by channel id. */
  private final Map<String, String> dmRecipients = new ConcurrentHashMap<>();

  private final List<JsonNode> gatewayPayloads = new ArrayList<>();
  private static final long DISCORD_EPOCH = 1420070400000L;
  private final AtomicLong ids = new AtomicLong();
  private final AtomicLong sequence = new AtomicLong();
  private final Map<WebSocket, Boolean> sockets = new ConcurrentHashMap<>();

  /** Messages accepted per channel, oldest first, for GET /channels/{id}/messages. */
  private final Map<String, List<ObjectNode>> channelMessages = new ConcurrentHashMap<>();

  private final AtomicLong postsToAccept = new AtomicLong(Long.MAX_VALUE);

  /** Interaction tokens that got their initial response. */
  private final Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();

  /** Interaction tokens by interaction id, to read the interaction's age. */
  private final Map<String, String> interactionIds = new ConcurrentHashMap<>();

  /** Session ids READY gave out and not invalidated: only these can be resumed (op 6). */
  private final Map<String, Boolean> resumableSessions = new ConcurrentHashMap<>();

  /** Connections whose heartbeats are no longer acknowledged: zombies, as a dead link looks. */
  private final Map<WebSocket, Boolean> zombies = new ConcurrentHashMap<>();

  private volatile int heartbeatIntervalMillis = 41_250;
  private final Map<String, RateLimit> rateLimits = new ConcurrentHashMap<>();

  /** Messages created with an enforced nonce, by channel and nonce (Discord keeps them minutes). */
  private final Map<String, ObjectNode> noncedMessages = new ConcurrentHashMap<>();

  private volatile String lastSessionId = "";
  private volatile Optional<GatewayClose> closeOnIdentify = Optional.empty();

  /** A close frame the gateway sends: its code and reason. */
  record GatewayClose(int code, String reason) {}

  static final Duration INITIAL_RESPONSE_DEADLINE = Duration.ofSeconds(3);
  static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);

  public FakeDiscord() throws IOException, InterruptedException {
    rest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    rest.createContext("/", this::serve);
    rest.start();
    gateway = new Gateway();
    gateway.setReuseAddr(true);
    gateway.start();
    if (!gateway.started.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("gateway did not start");
    }
  }

  DiscordEndpoints endpoints() {
    return new DiscordEndpoints(restBaseUrl(), gatewayUrl(), true);
  }

  public String restBaseUrl() {
    return "http://127.0.0.1:" + rest.getAddress().getPort() + "/api/v10/";
  }

  public String gatewayUrl() {
    return "ws://127.0.0.1:" + gateway.getPort() + "/";
  }

  // ---------------------------------------------------------------- assertions' side

  /** Waits for a REST request matching {@code filter}, made at any time since the start. */
  public Sent awaitRest(Predicate<Sent> filter, Duration timeout) throws InterruptedException {
    return await(restRequests, filter, timeout, "REST request");
  }

  JsonNode awaitGateway(Predicate<JsonNode> filter, Duration timeout) throws InterruptedException {
    return await(gatewayPayloads, filter, timeout, "gateway payload");
  }

  /**
   * Waits for a gateway payload matching {@code filter} among those after the first {@code skip}.
   */
  JsonNode awaitGatewayAfter(int skip, Predicate<JsonNode> filter, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (this) {
      while (true) {
        for (JsonNode payload : gatewayPayloads.subList(skip, gatewayPayloads.size())) {
          if (filter.test(payload)) {
            return payload;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("no matching gateway payload within " + timeout);
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    }
  }

  synchronized int gatewayPayloadCount() {
    return gatewayPayloads.size();
  }

  List<Sent> restRequests() {
    synchronized (this) {
      return List.copyOf(restRequests);
    }
  }

  private <T> T await(List<T> seen, Predicate<T> filter, Duration timeout, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (this) {
      while (true) {
        for (T item : seen) {
          if (filter.test(item)) {
            return item;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "no matching "
                  + what
                  + " within "
                  + timeout
                  + "; saw "
                  + seen.stream().map(FakeDiscord::summary).toList());
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    }
  }

  private static String summary(Object seen) {
    return seen instanceof Sent sent ? sent.method() + " " + sent.path() : String.valueOf(seen);
  }

  private synchronized void record(List<Sent> list, Sent sent) {
    list.add(sent);
    notifyAll();
  }

  private synchronized void recordGateway(JsonNode payload) {
    gatewayPayloads.add(payload);
    notifyAll();
  }

  // ---------------------------------------------------------------- gateway events

  /** Sends a dispatch (op 0) to every connected client. */
  public void dispatch(String type, JsonNode data) {
    ObjectNode payload = NODES.objectNode().put("op", 0).put("t", type);
    payload.put("s", sequence.incrementAndGet());
    payload.set("d", data);
    String text = payload.toString();
    sockets.keySet().forEach(socket -> socket.send(text));
  }

  /** The messages the channel holds, oldest first. */
  List<JsonNode> messagesIn(String channelId) {
    return List.copyOf(channelMessages.getOrDefault(channelId, List.of()));
  }

  /** The session id of the last READY. */
  String lastSessionId() {
    return lastSessionId;
  }

  /** The heartbeat interval HELLO (op 10) gives connections made from now on. */
  void heartbeatInterval(Duration interval) {
    heartbeatIntervalMillis = (int) interval.toMillis();
  }

  /** Sends Reconnect (op 7): the client must reconnect and resume. */
  void requestReconnect() {
    sockets.keySet().forEach(socket -> socket.send("{\"op\":7,\"s\":null,\"t\":null,\"d\":null}"));
  }

  /**
   * Sends Invalid Session (op 9) with {@code d} as Discord does: true, the session may be resumed;
   * false, it is gone and the client must identify anew (a later resume of it is refused).
   */
  void invalidateSession(boolean resumable) {
    if (!resumable) {
      resumableSessions.clear();
    }
    sockets
        .keySet()
        .forEach(socket -> socket.send("{\"op\":9,\"s\":null,\"t\":null,\"d\":" + resumable + "}"));
  }

  /** The current connections stop acknowledging heartbeats (op 11); new ones acknowledge again. */
  void stopAcknowledgingHeartbeats() {
    sockets.keySet().forEach(socket -> zombies.put(socket, true));
  }

  /** The next IDENTIFY is answered by closing the connection with {@code code}, not with READY. */
  void closeNextIdentifyWith(int code, String reason) {
    closeOnIdentify = Optional.of(new GatewayClose(code, reason));
  }

  /** Closes every gateway connection as Discord does when it restarts a node (4000: resumable). */
  void dropConnections() {
    sockets.keySet().forEach(socket -> socket.close(4000, "Unknown error"));
  }

  /**
   * A snowflake made now: JDA reads an interaction's age from its id and refuses follow-ups on
   * interactions older than 15 minutes.
   */
  /** Accepts only the next {@code count} channel posts, answers 500 to the others until reset. */
  void acceptOnlyNextPosts(long count) {
    postsToAccept.set(count);
  }

  void acceptAllPosts() {
    postsToAccept.set(Long.MAX_VALUE);
  }

  public String newId() {
    return idMade(Duration.ZERO);
  }

  /** A snowflake made {@code ago}: an interaction that old is past its response deadline. */
  String idMade(Duration ago) {
    return Long.toString(
        ((System.currentTimeMillis() - ago.toMillis() - DISCORD_EPOCH) << 22)
            | (ids.incrementAndGet() & 0xFFF));
  }

  private final class Gateway extends WebSocketServer {
    final CountDownLatch started = new CountDownLatch(1);

    Gateway() {
      super(new InetSocketAddress("127.0.0.1", 0));
    }

    @Override
    public void onStart() {
      started.countDown();
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
      sockets.put(socket, true);
      socket.send(
          "{\"op\":10,\"s\":null,\"t\":null,\"d\":{\"heartbeat_interval\":"
              + heartbeatIntervalMillis
              + "}}");
    }

    @Override
    public void onMessage(WebSocket socket, String message) {
      JsonNode payload = read(message);
      recordGateway(payload);
      switch (payload.path("op").asInt()) {
        case 1 -> {
          if (!zombies.containsKey(socket)) {
            socket.send("{\"op\":11,\"s\":null,\"t\":null,\"d\":null}");
          }
        }
        case 2 -> {
          Optional<GatewayClose> refusal = closeOnIdentify;
          if (refusal.isPresent()) {
            closeOnIdentify = Optional.empty();
            socket.close(refusal.get().code(), refusal.get().reason());
            return;
          }
          socket.send(event("READY", ready()));
          socket.send(event("GUILD_CREATE", guild()));
        }
        case 6 -> {
          // Only a session READY gave out, and not invalidated since, can be resumed.
          if (resumableSessions.containsKey(payload.path("d").path("session_id").asText())) {
            socket.send(event("RESUMED", NODES.objectNode().set("_trace", NODES.arrayNode())));
          } else {
            socket.send("{\"op\":9,\"s\":null,\"t\":null,\"d\":false}");
          }
        }
        default -> {}
      }
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
      sockets.remove(socket);
      zombies.remove(socket);
    }

    @Override
    public void onError(WebSocket socket, Exception error) {
      System.err.println("fake gateway error: " + error);
    }
  }

  private String event(String type, JsonNode data) {
    ObjectNode payload = NODES.objectNode().put("op", 0).put("t", type);
    payload.put("s", sequence.incrementAndGet());
    payload.set("d", data);
    return payload.toString();
  }

  private ObjectNode ready() {
    ObjectNode ready = NODES.objectNode().put("v", 10);
    ready.set(
        "user",
        user(BOT_ID, "usher", true)
            .put("mfa_enabled", false)
            .put("verified", true)
            .put("flags", 0));
    ready.set(
        "guilds",
        NODES.arrayNode().add(NODES.objectNode().put("id", GUILD_ID).put("unavailable", true)));
    String sessionId = "session-" + newId();
    resumableSessions.put(sessionId, true);
    lastSessionId = sessionId;
    ready.put("session_id", sessionId);
    ready.put("resume_gateway_url", gatewayUrl());
    ready.set("application", NODES.objectNode().put("id", APP_ID).put("flags", 0));
    ready.set("private_channels", NODES.arrayNode());
    ready.set("relationships", NODES.arrayNode());
    ready.set("presences", NODES.arrayNode());
    ready.set("_trace", NODES.arrayNode().add("fake-discord"));
    return ready;
  }

  private ObjectNode guild() {
    ObjectNode guild = NODES.objectNode().put("id", GUILD_ID).put("name", "ICLR 2026");
    guild.put("owner_id", OWNER_ID).put("unavailable", false).put("large", false);
    guild.put("member_count", 3).put("joined_at", "2026-01-01T00:00:00.000000+00:00");
    for (String nullKey :
        List.of(
            "icon",
            "splash",
            "banner",
            "description",
            "vanity_url_code",
            "afk_channel_id",
            "system_channel_id",
            "rules_channel_id",
            "public_updates_channel_id",
            "safety_alerts_channel_id",
            "discovery_splash",
            "max_presences")) {
      guild.putNull(nullKey);
    }
    guild
        .put("afk_timeout", 300)
        .put("verification_level", 0)
        .put("default_message_notifications", 0);
    guild.put("explicit_content_filter", 0).put("mfa_level", 0).put("nsfw_level", 0);
    guild
        .put("premium_tier", 0)
        .put("premium_subscription_count", 0)
        .put("system_channel_flags", 0);
    guild.put("max_members", 500000).put("preferred_locale", "en-US");
    guild.put("premium_progress_bar_enabled", false);
    ObjectNode everyone = NODES.objectNode().put("id", GUILD_ID).put("name", "@everyone");
    everyone.put("permissions", MEMBER_PERMISSIONS).put("position", 0).put("color", 0);
    everyone.put("hoist", false).put("managed", false).put("mentionable", false).put("flags", 0);
    ObjectNode colors = NODES.objectNode().put("primary_color", 0);
    everyone.set("colors", colors.putNull("secondary_color").putNull("tertiary_color"));
    ObjectNode organizers =
        everyone.deepCopy().put("id", ORGANIZER_ROLE_ID).put("name", "Organizers");
    organizers.put("permissions", "32").put("position", 1);
    guild.set("roles", NODES.arrayNode().add(everyone).add(organizers));
    guild.set(
        "channels",
        NODES
            .arrayNode()
            .add(textChannel(CHANNEL_ID, "general", 0))
            .add(textChannel(FORBIDDEN_CHANNEL_ID, "announcements", 1))
            .add(textChannel(LIMITED_CHANNEL_ID, "busy", 2))
            .add(textChannel(BROKEN_CHANNEL_ID, "broken", 3))
            .add(
                textChannel(NO_SEND_CHANNEL_ID, "read-only", 4)
                    .set(
                        "permission_overwrites",
                        NODES
                            .arrayNode()
                            .add(
                                NODES
                                    .objectNode()
                                    .put("id", GUILD_ID)
                                    .put("type", 0)
                                    .put("allow", "0")
                                    .put("deny", Long.toString(SEND_MESSAGES))))));
    guild.set("members", NODES.arrayNode().add(member(BOT_ID, "usher", true, null)));
    for (String empty :
        List.of(
            "emojis",
            "stickers",
            "features",
            "threads",
            "voice_states",
            "guild_scheduled_events",
            "presences",
            "stage_instances",
            "soundboard_sounds")) {
      guild.set(empty, NODES.arrayNode());
    }
    return guild;
  }

  /**
   * A slash command ({@code APPLICATION_COMMAND}, type 2) as Discord dispatches it in {@code
   * INTERACTION_CREATE}: {@code /name option:value}, typed by an attendee in the server's general
   * channel; {@code id} a snowflake ({@link #newId}), whose time starts the 3-second deadline.
   */
  public static ObjectNode slashCommand(
      String id, String token, String name, String option, String value) {
    ObjectNode interaction = NODES.objectNode().put("id", id).put("application_id", APP_ID);
    interaction.put("type", 2).put("token", token).put("version", 1);
    interaction.put("guild_id", GUILD_ID).put("channel_id", CHANNEL_ID);
    interaction.set("channel", textChannel(CHANNEL_ID, "general", 0));
    interaction.set(
        "guild",
        NODES
            .objectNode()
            .put("id", GUILD_ID)
            .put("locale", "en-US")
            .set("features", NODES.arrayNode()));
    interaction.set("member", member(ATTENDEE_ID, "attendee", false, MEMBER_PERMISSIONS));
    ObjectNode data =
        NODES.objectNode().put("id", "600000000000000001").put("name", name).put("type", 1);
    ArrayNode options = NODES.arrayNode();
    options.add(NODES.objectNode().put("name", option).put("type", 3).put("value", value));
    data.set("options", options);
    interaction.set("data", data);
    interaction.put("locale", "en-US").put("guild_locale", "en-US");
    interaction.put("app_permissions", MEMBER_PERMISSIONS);
    interaction.set("entitlements", NODES.arrayNode());
    interaction.set("authorizing_integration_owners", NODES.objectNode().put("0", GUILD_ID));
    interaction.put("context", 0);
    return interaction;
  }

  static ObjectNode textChannel(String id, String name, int position) {
    ObjectNode channel = NODES.objectNode().put("id", id).put("type", 0).put("name", name);
    channel.put("guild_id", GUILD_ID).put("position", position).put("nsfw", false);
    channel
        .put("rate_limit_per_user", 0)
        .putNull("topic")
        .putNull("parent_id")
        .putNull("last_message_id");
    channel.put("flags", 0).set("permission_overwrites", NODES.arrayNode());
    return channel;
  }

  static ObjectNode user(String id, String name, boolean bot) {
    ObjectNode user =
        NODES.objectNode().put("id", id).put("username", name).put("discriminator", "0");
    user.putNull("global_name").putNull("avatar").putNull("banner").putNull("accent_color");
    return user.put("bot", bot).put("system", false).put("public_flags", 0);
  }

  /** A guild member; {@code permissions} is set for interaction payloads, null in the guild. */
  static ObjectNode member(String id, String name, boolean bot, String permissions) {
    return member(id, name, bot, permissions, List.of());
  }

  static ObjectNode member(
      String id, String name, boolean bot, String permissions, List<String> roles) {
    ObjectNode member = NODES.objectNode();
    member.set("user", user(id, name, bot));
    ArrayNode roleIds = NODES.arrayNode();
    roles.forEach(roleIds::add);
    member.set("roles", roleIds);
    member.put("joined_at", "2026-01-01T00:00:00.000000+00:00").putNull("nick").putNull("avatar");
    member
        .putNull("premium_since")
        .put("deaf", false)
        .put("mute", false)
        .put("pending", false)
        .put("flags", 0);
    if (permissions != null) {
      member.put("permissions", permissions);
    }
    return member;
  }

  // ---------------------------------------------------------------- REST

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath().replaceFirst("^/api/v10", "");
      String query = exchange.getRequestURI().getRawQuery();
      byte[] raw = exchange.getRequestBody().readAllBytes();
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      JsonNode body;
      Optional<String> badForm = Optional.empty();
      if (type != null && type.startsWith("multipart/form-data")) {
        Multipart form = Multipart.parse(raw, type);
        body = form.payloadJson().map(FakeDiscord::read).orElse(NODES.nullNode());
        form.files()
            .forEach(
                (field, file) ->
                    uploads.add(new Upload(path, field, file.fileName(), file.content())));
        badForm = form.invalidFor(body);
      } else {
        body = raw.length == 0 ? NODES.nullNode() : read(new String(raw, StandardCharsets.UTF_8));
      }
      record(restRequests, new Sent(method, path + (query == null ? "" : "?" + query), body));
      if (badForm.isPresent()) {
        respond(exchange, 400, error(50035, "Invalid Form Body: " + badForm.get()));
        return;
      }
      route(exchange, method, path, body);
    }
  }

  /**
   * The next {@code times} requests whose path contains {@code pathPart} (an interaction token, a
   * channel id) are answered 429 with {@code retry_after}, as Discord answers any route.
   */
  void rateLimitNext(String pathPart, int times, Duration retryAfter) {
    rateLimits.put(pathPart, new RateLimit(new AtomicLong(times), retryAfter));
  }

  private record RateLimit(AtomicLong left, Duration retryAfter) {}

  /** Answers 429 as Discord does (body and headers) when a scripted limit matches this path. */
  private boolean rateLimited(HttpExchange exchange, String path) throws IOException {
    for (Map.Entry<String, RateLimit> limit : rateLimits.entrySet()) {
      if (path.contains(limit.getKey()) && limit.getValue().left().getAndDecrement() > 0) {
        double seconds = limit.getValue().retryAfter().toMillis() / 1000.0;
        exchange.getResponseHeaders().add("Retry-After", Long.toString((long) Math.ceil(seconds)));
        exchange.getResponseHeaders().add("X-RateLimit-Limit", "5");
        exchange.getResponseHeaders().add("X-RateLimit-Remaining", "0");
        exchange.getResponseHeaders().add("X-RateLimit-Reset-After", Double.toString(seconds));
        exchange.getResponseHeaders().add("X-RateLimit-Bucket", "fake-" + limit.getKey());
        exchange.getResponseHeaders().add("X-RateLimit-Scope", "user");
        ObjectNode limited = NODES.objectNode().put("message", "You are being rate limited.");
        respond(exchange, 429, limited.put("retry_after", seconds).put("global", false));
        return true;
      }
    }
    return false;
  }

  private void route(HttpExchange exchange, String method, String path, JsonNode body)
      throws IOException {
    if (rateLimited(exchange, path)) {
      return;
    }
    if (method.equals("GET") && path.equals("/users/@me")) {
      respond(
          exchange,
          200,
          user(BOT_ID, "usher", true).put("mfa_enabled", false).put("verified", true));
    } else if (method.equals("GET") && path.equals("/gateway/bot")) {
      ObjectNode limit = NODES.objectNode().put("total", 1000).put("remaining", 999);
      limit.put("reset_after", 0).put("max_concurrency", 1);
      ObjectNode gatewayBot = NODES.objectNode().put("url", gatewayUrl()).put("shards", 1);
      respond(exchange, 200, gatewayBot.set("session_start_limit", limit));
    } else if (method.equals("PUT")
        && path.endsWith("/commands")
        && invalidCommands(body).isPresent()) {
      respond(exchange, 400, error(50035, "Invalid Form Body: " + invalidCommands(body).get()));
    } else if (method.equals("PUT") && path.endsWith("/commands")) {
      ArrayNode commands = NODES.arrayNode();
      for (JsonNode command : body) {
        ObjectNode echoed = ((ObjectNode) command.deepCopy()).put("id", newId());
        echoed.put("application_id", APP_ID).put("version", newId());
        if (path.contains("/guilds/")) {
          echoed.put("guild_id", GUILD_ID);
        }
        commands.add(echoed);
      }
      respond(exchange, 200, commands);
    } else if (method.equals("POST") && path.equals("/users/@me/channels")) {
      openDm(exchange, body);
    } else if (method.equals("POST")
        && path.matches("/channels/\\d+/messages")
        && DMS_CLOSED_ID.equals(dmRecipients.get(path.split("/")[2]))) {
      respond(exchange, 403, error(50007, "Cannot send messages to this user"));
    } else if (method.equals("POST") && path.matches("/interactions/\\d+/[^/]+/callback")) {
      interactionCallback(exchange, path.split("/")[2], path.split("/")[3], body);
    } else if (method.equals("POST")
        && path.equals("/channels/" + FORBIDDEN_CHANNEL_ID + "/messages")) {
      respond(
          exchange,
          403,
          NODES.objectNode().put("code", 50013).put("message", "Missing Permissions"));
    } else if (method.equals("POST")
        && path.equals("/channels/" + NO_SEND_CHANNEL_ID + "/messages")) {
      respond(exchange, 403, error(50013, "Missing Permissions"));
    } else if (method.equals("POST")
        && path.equals("/channels/" + BROKEN_CHANNEL_ID + "/messages")) {
      respond(
          exchange,
          500,
          NODES.objectNode().put("code", 0).put("message", "500: Internal Server Error"));
    } else if (method.equals("POST")
        && path.equals("/channels/" + LIMITED_CHANNEL_ID + "/messages")) {
      exchange.getResponseHeaders().add("Retry-After", "3");
      exchange.getResponseHeaders().add("X-RateLimit-Global", "false");
      exchange.getResponseHeaders().add("X-RateLimit-Scope", "user");
      ObjectNode limited = NODES.objectNode().put("message", "You are being rate limited.");
      respond(exchange, 429, limited.put("retry_after", 2.5).put("global", false));
    } else if (method.equals("GET")
        && path.equals("/channels/" + FORBIDDEN_CHANNEL_ID + "/messages")) {
      respond(
          exchange, 403, NODES.objectNode().put("code", 50001).put("message", "Missing Access"));
    } else if (method.equals("GET")
        && path.equals("/channels/" + BROKEN_CHANNEL_ID + "/messages")) {
      respond(
          exchange,
          500,
          NODES.objectNode().put("code", 0).put("message", "500: Internal Server Error"));
    } else if (method.equals("GET") && path.matches("/channels/\\d+/messages")) {
      readHistory(exchange, path.split("/")[2], exchange.getRequestURI().getRawQuery());
    } else if (method.equals("POST")
        && path.matches("/channels/\\d+/messages")
        && invalidMessage(body).isPresent()) {
      respond(exchange, 400, error(50035, "Invalid Form Body: " + invalidMessage(body).get()));
    } else if (method.equals("POST") && path.matches("/channels/\\d+/messages")) {
      if (postsToAccept.getAndDecrement() <= 0) {
        respond(
            exchange,
            500,
            NODES.objectNode().put("code", 0).put("message", "500: Internal Server Error"));
        return;
      }
      String channelId = path.split("/")[2];
      // An enforced nonce seen in this channel: Discord returns that message, creating none.
      Optional<String> enforced =
          body.path("enforce_nonce").asBoolean(false) && body.hasNonNull("nonce")
              ? Optional.of(channelId + "/" + body.path("nonce").asText())
              : Optional.empty();
      if (enforced.isPresent() && noncedMessages.containsKey(enforced.get())) {
        respond(exchange, 200, noncedMessages.get(enforced.get()));
        return;
      }
      ObjectNode message = message(channelId, body);
      channelMessages
          .computeIfAbsent(channelId, id -> new java.util.concurrent.CopyOnWriteArrayList<>())
          .add(message);
      enforced.ifPresent(key -> noncedMessages.put(key, message));
      respond(exchange, 200, message);
    } else if (path.matches("/webhooks/\\d+/[^/]+(/messages/@original)?")) {
      String token = path.split("/")[3];
      if (!acknowledged.containsKey(token)
          || age(interactionIds.getOrDefault(token, "0")).compareTo(TOKEN_LIFETIME) > 0) {
        respond(exchange, 404, error(10015, "Unknown Webhook"));
      } else if (!(method.equals("PATCH") && path.endsWith("@original"))
          && !method.equals("POST")) {
        respond(exchange, 405, error(0, "405: Method Not Allowed"));
      } else if (invalidMessage(body).isPresent()) {
        respond(exchange, 400, error(50035, "Invalid Form Body: " + invalidMessage(body).get()));
      } else {
        respond(exchange, 200, message(CHANNEL_ID, body));
      }
    } else {
      System.err.println("fake discord: no route for " + method + " " + path);
      respond(exchange, 404, NODES.objectNode().put("code", 0).put("message", "404: Not Found"));
    }
  }

  /** Files uploaded in multipart requests, in order. */
  List<Upload> uploads() {
    return List.copyOf(uploads);
  }

  /**
   * POST /users/@me/channels {recipient_id}: the DM channel with that user (type 1), the same one
   * each time; a recipient id that is not a snowflake is 50035, the bot itself 50007.
   */
  private void openDm(HttpExchange exchange, JsonNode body) throws IOException {
    String recipient = body.path("recipient_id").asText("");
    if (!recipient.matches("\\d{17,20}")) {
      respond(
          exchange, 400, error(50035, "Invalid Form Body: recipient_id: Value is not snowflake."));
      return;
    }
    if (recipient.equals(BOT_ID)) {
      respond(exchange, 400, error(50007, "Cannot send messages to this user"));
      return;
    }
    String channelId =
        dmRecipients.entrySet().stream()
            .filter(e -> e.getValue().equals(recipient))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseGet(
                () -> {
                  String id = newId();
                  dmRecipients.put(id, recipient);
                  return id;
                });
    ObjectNode channel =
        NODES.objectNode().put("id", channelId).put("type", 1).putNull("last_message_id");
    channel.put("flags", 0);
    channel.set("recipients", NODES.arrayNode().add(user(recipient, "attendee", false)));
    respond(exchange, 200, channel);
  }

  /** The DM channel opened with {@code userId}, if any. */
  Optional<String> dmChannelOf(String userId) {
    return dmRecipients.entrySet().stream()
        .filter(e -> e.getValue().equals(userId))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private void interactionCallback(HttpExchange exchange, String id, String token, JsonNode body)
      throws IOException {
    interactionIds.putIfAbsent(token, id);
    if (age(id).compareTo(INITIAL_RESPONSE_DEADLINE) > 0) {
      respond(exchange, 404, error(10062, "Unknown interaction"));
      return;
    }
    if (acknowledged.putIfAbsent(token, true) != null) {
      respond(exchange, 400, error(40060, "Interaction has already been acknowledged."));
      return;
    }
    Optional<String> invalid =
        body.has("data") && (body.path("type").asInt() == 4 || body.path("type").asInt() == 7)
            ? invalidMessage(body.path("data"))
            : body.path("type").asInt() == 8
                ? invalidChoices(body.path("data").path("choices"))
                : Optional.empty();
    if (invalid.isPresent()) {
      acknowledged.remove(token);
      respond(exchange, 400, error(50035, "Invalid Form Body: " + invalid.get()));
      return;
    }
    exchange.sendResponseHeaders(204, -1);
  }

  /**
   * Whether the interaction with {@code token} got its initial response accepted: within 3 seconds,
   * once, and a message Discord takes. A moment may pass between {@link #awaitRest} seeing the
   * callback and this saying so, since the request is recorded before it is answered.
   */
  public boolean acknowledged(String token) {
    return acknowledged.containsKey(token);
  }

  /** How long ago the snowflake {@code id} was made. */
  private static Duration age(String id) {
    long millis = (Long.parseUnsignedLong(id) >>> 22) + DISCORD_EPOCH;
    return Duration.ofMillis(System.currentTimeMillis() - millis);
  }

  /** What Discord would refuse in this message body, if anything (its published limits). */
  static Optional<String> invalidMessage(JsonNode message) {
    if (message.path("content").asText("").length() > 2000) {
      return Optional.of("content: Must be 2000 or fewer in length.");
    }
    JsonNode embeds = message.path("embeds");
    if (embeds.size() > 10) {
      return Optional.of("embeds: Must be 10 or fewer in length.");
    }
    int total = 0;
    for (JsonNode embed : embeds) {
      int title = embed.path("title").asText("").length();
      int description = embed.path("description").asText("").length();
      int footer = embed.path("footer").path("text").asText("").length();
      int author = embed.path("author").path("name").asText("").length();
      if (title > 256
          || description > 4096
          || footer > 2048
          || author > 256
          || embed.path("fields").size() > 25) {
        return Optional.of("embeds: an embed is over its limits");
      }
      total += title + description + footer + author;
      for (JsonNode field : embed.path("fields")) {
        int name = field.path("name").asText("").length();
        int value = field.path("value").asText("").length();
        if (name > 256 || value > 1024 || name == 0 || value == 0) {
          return Optional.of("embeds.fields: a field is empty or over its limits");
        }
        total += name + value;
      }
    }
    if (total > 6000) {
      return Optional.of("embeds: Embed size exceeds maximum size of 6000");
    }
    return invalidComponents(message.path("components"));
  }

  /**
   * What Discord refuses in a message's components (legacy layout): at most 5 action rows (type 1),
   * each of 1 to 5 buttons (type 2) with a style from 1 to 5; styles 1 to 4 need a custom_id of 1
   * to 100 characters, unique in the message, style 5 a url and no custom_id; a label at most 80.
   */
  static Optional<String> invalidComponents(JsonNode rows) {
    if (rows.isMissingNode() || rows.isNull()) {
      return Optional.empty();
    }
    if (!rows.isArray() || rows.size() > 5) {
      return Optional.of("components: Must be 5 or fewer in length.");
    }
    Set<String> customIds = new java.util.HashSet<>();
    for (int r = 0; r < rows.size(); r++) {
      JsonNode row = rows.get(r);
      String at = "components." + r;
      if (row.path("type").asInt() != 1) {
        return Optional.of(at + ".type: Value must be one of {1}.");
      }
      JsonNode buttons = row.path("components");
      if (!buttons.isArray() || buttons.isEmpty() || buttons.size() > 5) {
        return Optional.of(at + ".components: Must be between 1 and 5 in length.");
      }
      for (int b = 0; b < buttons.size(); b++) {
        JsonNode button = buttons.get(b);
        String where = at + ".components." + b;
        int style = button.path("style").asInt();
        if (button.path("type").asInt() != 2 || style < 1 || style > 5) {
          return Optional.of(where + ": Invalid button (type 2, style 1 to 5).");
        }
        if (button.path("label").asText("").length() > 80) {
          return Optional.of(where + ".label: Must be 80 or fewer in length.");
        }
        String customId = button.path("custom_id").asText("");
        if (style <= 4 && (customId.isEmpty() || customId.length() > 100)) {
          return Optional.of(where + ".custom_id: Must be between 1 and 100 in length.");
        }
        if (style <= 4 && !customIds.add(customId)) {
          return Optional.of(where + ".custom_id: Component custom id cannot be duplicated");
        }
        if (style == 5 && (button.has("custom_id") || !button.hasNonNull("url"))) {
          return Optional.of(where + ": A link button needs a url and no custom_id.");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A command or option name as Discord takes it: 1 to 32 of these, lower case where it has one.
   */
  private static final java.util.regex.Pattern COMMAND_NAME =
      java.util.regex.Pattern.compile("^[-_'\\p{L}\\p{N}\\p{IsDevanagari}\\p{IsThai}]{1,32}$");

  /**
   * What Discord refuses in a bulk overwrite of chat input commands (discord-api-docs, Application
   * Commands): at most 100; names by {@link #COMMAND_NAME}, unique; descriptions 1 to 100
   * characters; at most 25 options, unique, required ones first; at most 25 choices, each name 1 to
   * 100 characters, and none with autocomplete; 4,000 characters of names and descriptions in all.
   */
  static Optional<String> invalidCommands(JsonNode commands) {
    if (!commands.isArray() || commands.size() > 100) {
      return Optional.of("commands: Must be 100 or fewer in length.");
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    for (JsonNode command : commands) {
      Optional<String> invalid = invalidName(command, "name");
      if (invalid.isEmpty() && !names.add(command.path("name").asText())) {
        invalid = Optional.of("name: Application command names must be unique");
      }
      if (invalid.isEmpty()) {
        invalid = invalidOptions(command.path("options"));
      }
      if (invalid.isEmpty() && characters(command) > 4000) {
        invalid = Optional.of("Command exceeds maximum size (4000)");
      }
      if (invalid.isPresent()) {
        return invalid;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> invalidName(JsonNode named, String where) {
    String name = named.path("name").asText("");
    if (!COMMAND_NAME.matcher(name).matches()
        || !name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
      return Optional.of(where + ": Command name is invalid: " + name);
    }
    int description = named.path("description").asText("").length();
    if (description < 1 || description > 100) {
      return Optional.of(where + ".description: Must be between 1 and 100 in length.");
    }
    return Optional.empty();
  }

  private static Optional<String> invalidOptions(JsonNode options) {
    if (options.size() > 25) {
      return Optional.of("options: Must be 25 or fewer in length.");
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    boolean optionalSeen = false;
    for (JsonNode option : options) {
      Optional<String> invalid = invalidName(option, "options.name");
      if (invalid.isPresent()) {
        return invalid;
      }
      if (!names.add(option.path("name").asText())) {
        return Optional.of("options: Option names must be unique");
      }
      boolean required = option.path("required").asBoolean(false);
      if (required && optionalSeen) {
        return Optional.of("options: Required options must be placed before non-required options");
      }
      optionalSeen |= !required;
      JsonNode choices = option.path("choices");
      if (choices.size() > 0 && option.path("autocomplete").asBoolean(false)) {
        return Optional.of(
            "options.autocomplete: Autocomplete may not be set to true if choices are present.");
      }
      Optional<String> badChoices = invalidChoices(choices);
      if (badChoices.isPresent()) {
        return badChoices;
      }
    }
    return Optional.empty();
  }

  /** Names and descriptions of a command and its options and choices, as Discord counts them. */
  private static int characters(JsonNode command) {
    int total =
        command.path("name").asText("").length() + command.path("description").asText("").length();
    for (JsonNode option : command.path("options")) {
      total +=
          option.path("name").asText("").length() + option.path("description").asText("").length();
      for (JsonNode choice : option.path("choices")) {
        total += choice.path("name").asText("").length() + choice.path("value").asText("").length();
      }
    }
    return total;
  }

  /** Autocomplete: at most 25 choices, each name 1 to 100 characters. */
  static Optional<String> invalidChoices(JsonNode choices) {
    if (choices.size() > 25) {
      return Optional.of("choices: Must be 25 or fewer in length.");
    }
    for (JsonNode choice : choices) {
      int length = choice.path("name").asText("").length();
      if (length < 1 || length > 100) {
        return Optional.of("choices.name: Must be between 1 and 100 in length.");
      }
    }
    return Optional.empty();
  }

  private static ObjectNode error(int code, String message) {
    return NODES.objectNode().put("code", code).put("message", message);
  }

  /**
   * GET /channels/{id}/messages as Discord answers it: 10003 Unknown Channel for a channel that is
   * neither the server's nor a DM opened with POST /users/@me/channels, 50035 for a {@code limit}
   * outside 1 to 100, else the page.
   */
  private void readHistory(HttpExchange exchange, String channelId, String query)
      throws IOException {
    if (!GUILD_CHANNEL_IDS.contains(channelId) && !dmRecipients.containsKey(channelId)) {
      respond(exchange, 404, error(10003, "Unknown Channel"));
      return;
    }
    Map<String, String> params = new java.util.HashMap<>();
    for (String pair : query == null ? new String[0] : query.split("&")) {
      String[] kv = pair.split("=", 2);
      params.put(kv[0], kv.length == 2 ? kv[1] : "");
    }
    int limit = Integer.parseInt(params.getOrDefault("limit", "50"));
    if (limit < 1 || limit > 100) {
      respond(
          exchange,
          400,
          error(50035, "Invalid Form Body: limit: int value should be between 1 and 100."));
      return;
    }
    respond(exchange, 200, history(channelId, params, limit));
  }

  /**
   * As Discord answers {@code ?after=&limit=}: the {@code limit} messages right after {@code
   * after}, newest first.
   */
  private ArrayNode history(String channelId, Map<String, String> params, int limit) {
    long after = Long.parseUnsignedLong(params.getOrDefault("after", "0"));
    List<ObjectNode> newer =
        channelMessages.getOrDefault(channelId, List.of()).stream()
            .filter(
                m -> Long.compareUnsigned(Long.parseUnsignedLong(m.path("id").asText()), after) > 0)
            .limit(limit)
            .toList();
    ArrayNode page = NODES.arrayNode();
    newer.reversed().forEach(page::add);
    return page;
  }

  /** The components as Discord stores them: each with its numeric {@code id}, numbered in order. */
  private static ArrayNode echoedComponents(JsonNode sent) {
    ArrayNode rows = NODES.arrayNode();
    int id = 1;
    for (JsonNode row : sent) {
      ObjectNode echoed = ((ObjectNode) row.deepCopy());
      if (!echoed.has("id")) {
        echoed.put("id", id);
      }
      id++;
      for (JsonNode component : echoed.path("components")) {
        if (!component.has("id")) {
          ((ObjectNode) component).put("id", id);
        }
        id++;
      }
      rows.add(echoed);
    }
    return rows;
  }

  /** The message Discord would have created from {@code sent} in the test channel. */
  ObjectNode messageFrom(JsonNode sent) {
    return message(CHANNEL_ID, sent);
  }

  private ObjectNode message(String channelId, JsonNode sent) {
    ObjectNode message = NODES.objectNode().put("id", newId()).put("channel_id", channelId);
    message.set("author", user(BOT_ID, "usher", true));
    message.put("content", sent.path("content").asText(""));
    message.put("timestamp", Instant.now().toString()).putNull("edited_timestamp");
    message.put("tts", false).put("mention_everyone", false).put("pinned", false);
    message.put("type", 0).put("flags", 0);
    message.set("mentions", NODES.arrayNode());
    message.set("mention_roles", NODES.arrayNode());
    message.set("attachments", NODES.arrayNode());
    message.set("components", echoedComponents(sent.path("components")));
    ArrayNode embeds = NODES.arrayNode();
    sent.path("embeds").forEach(e -> embeds.add(((ObjectNode) e.deepCopy()).put("type", "rich")));
    message.set("embeds", embeds);
    return message;
  }

  private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    rest.stop(0);
    gateway.stop(2000);
  }
}
