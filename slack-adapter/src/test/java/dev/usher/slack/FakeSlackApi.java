package dev.usher.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Slack's Web API on 127.0.0.1: answers {@code auth.test}, {@code apps.connections.open} and {@code
 * chat.postMessage} (with a scriptable answer), and records each call; also a response URL.
 * Accepted posts are kept in their conversation, with their metadata and a timestamp from the
 * fake's clock, and {@code conversations.history} pages through one conversation's as Slack does
 * (newest first, {@code oldest}, {@code latest}, {@code inclusive}, {@code limit}, {@code cursor},
 * metadata only when asked for; {@code channel_not_found} without a channel or for a DM the bot
 * never opened, {@code missing_scope} without the history scope of the conversation's type), or
 * answers a scripted error.
 *
 * <p>As strict as Slack: {@code chat.postMessage} refuses more than 50 blocks or a section text
 * over 3,000 characters or an {@code actions} block Slack refuses (over 25 elements, a button's
 * text over 75, action_id over 255 or repeated, value over 2,000) ({@code invalid_blocks}) and
 * block text over 12,000 characters in total ({@code msg_blocks_too_long}, slackapi/bolt-js#2509
 * and #2867); a response URL takes at most 5 posts; any method can be made to answer 429 with
 * {@code Retry-After}.
 *
 * <p>Public, in this module's test-jar, for app's tests of whole {@code serve} processes.
 */
public final class FakeSlackApi implements AutoCloseable {
  /**
   * One call as received: the method (or {@code respond}), its form fields, its raw body, and the
   * token it carried ({@code Authorization: Bearer}, empty without one).
   */
  public record Call(String method, Map<String, String> form, String body, String token) {
    Call(String method, Map<String, String> form, String body) {
      this(method, form, body, "");
    }
  }

  /** What chat.postMessage answers. */
  record Answer(int status, Map<String, String> headers, String body) {
    static Answer ok() {
      return new Answer(
          200, Map.of(), "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000.000100\"}");
    }
  }

  /** A file shared with files.completeUploadExternal: its id, name, content, where and comment. */
  record SharedFile(
      String id, String fileName, String content, String channel, String initialComment) {}

  private final HttpServer server;

  /** Scopes the bot token lacks: methods needing them answer missing_scope. */
  private final java.util.Set<String> withheldScopes =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Upload URLs given out, by file id: the declared filename and length, then the bytes. */
  private final Map<String, String[]> pendingUploads =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final List<SharedFile> sharedFiles = new CopyOnWriteArrayList<>();
  private final AtomicInteger fileIds = new AtomicInteger();
  private final BlockingQueue<Call> posts = new LinkedBlockingQueue<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final BlockingQueue<Call> responses = new LinkedBlockingQueue<>();
  private final AtomicInteger connectionsOpened = new AtomicInteger();
  private final java.util.concurrent.atomic.AtomicBoolean refuseAppToken =
      new java.util.concurrent.atomic.AtomicBoolean();
  private final AtomicReference<String> socketUrl = new AtomicReference<>("ws://127.0.0.1:1/");
  private final AtomicReference<Answer> postAnswer = new AtomicReference<>(Answer.ok());
  private final AtomicInteger postsToAccept = new AtomicInteger(Integer.MAX_VALUE);

  /** Accepted messages by conversation id, oldest first: each conversation has its own. */
  private final Map<String, List<JsonObject>> histories =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The DM conversations opened with conversations.open: only those the bot may read. */
  private final java.util.Set<String> openedDms =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final java.util.Set<String> admins = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final java.util.concurrent.atomic.AtomicLong clockMicros =
      new java.util.concurrent.atomic.AtomicLong(Instant.now().getEpochSecond() * 1_000_000L);
  private final AtomicReference<java.util.function.Supplier<Instant>> timeSource =
      new AtomicReference<>(() -> Instant.ofEpochSecond(0));
  private final AtomicReference<Optional<Answer>> historyAnswer =
      new AtomicReference<>(Optional.empty());

  /** Per method (or {@code respond}): how many more calls answer 429, and the wait they name. */
  private final Map<String, int[]> rateLimits = new java.util.concurrent.ConcurrentHashMap<>();

  private final Map<String, AtomicInteger> responseUrlUses =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final AtomicReference<java.util.function.Consumer<Call>> acceptedPosts =
      new AtomicReference<>(call -> {});

  static final int MAX_BLOCKS = 50;
  static final int MAX_SECTION_TEXT = 3000;
  static final int MAX_TOTAL_BLOCK_TEXT = 12_000;
  static final int RESPONSE_URL_USES = 5;

  public FakeSlackApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/", this::api);
    server.createContext("/respond/", this::respond);
    server.createContext("/upload/", this::upload);
    server.start();
  }

  /** The Web API base URL, for {@code SlackConfig.methodsEndpointUrlPrefix}. */
  public String apiUrl() {
    return base() + "/api/";
  }

  String responseUrl(String id) {
    return base() + "/respond/" + id;
  }

  public void socketUrl(String url) {
    socketUrl.set(url);
  }

  /** Makes {@code apps.connections.open} refuse the app token ({@code invalid_auth}). */
  void refuseAppToken() {
    refuseAppToken.set(true);
  }

  void answerPostsWith(Answer answer) {
    postAnswer.set(answer);
  }

  /** Accepts only the next {@code count} posts, then answers 503 to the others. */
  void acceptOnlyNextPosts(int count) {
    postsToAccept.set(count);
  }

  /**
   * Makes the next {@code times} calls of {@code method} ({@code respond} for response URLs) answer
   * 429 with {@code Retry-After: seconds}, as Slack does on any method.
   */
  void rateLimitNext(String method, int times, int seconds) {
    rateLimits.put(method, new int[] {times, seconds});
  }

  /** Makes the methods that need {@code scope} answer {@code missing_scope}, as Slack does. */
  void withholdScope(String scope) {
    withheldScopes.add(scope);
  }

  /** Files shared into conversations, in order. */
  List<SharedFile> sharedFiles() {
    return List.copyOf(sharedFiles);
  }

  /** Makes {@code users.info} say that {@code userId} is a workspace admin. */
  void workspaceAdmin(String userId) {
    admins.add(userId);
  }

  /** Makes {@code conversations.history} answer this instead of the history. */
  void answerHistoryWith(Answer answer) {
    historyAnswer.set(Optional.of(answer));
  }

  /** Adds a message to the channel's history as if another app or a person posted it. */
  String addToHistory(String channelId, String botId, String metadataJson) {
    JsonObject message = new JsonObject();
    String ts = nextTs();
    message.addProperty("type", "message");
    message.addProperty("ts", ts);
    message.addProperty("bot_id", botId);
    JsonElement metadata = JsonParser.parseString(metadataJson);
    if (!metadata.isJsonNull()) {
      message.add("metadata", metadata);
    }
    histories.computeIfAbsent(channelId, id -> new CopyOnWriteArrayList<>()).add(message);
    return ts;
  }

  /**
   * Messages posted or added from now on get timestamps from {@code instant} on, a microsecond
   * apart.
   */
  void stampMessagesFrom(Instant instant) {
    clockMicros.set(instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000);
  }

  /** A Slack timestamp ({@code seconds.micros}), later than every one before it. */
  /**
   * Stamps later messages by {@code now} (a test's simulated clock), as Slack stamps them by its
   * own: {@code oldest} then filters by the time the poster lives in. Stamps still only rise.
   */
  public void clock(java.util.function.Supplier<Instant> now) {
    timeSource.set(now);
  }

  private String nextTs() {
    Instant now = timeSource.get().get();
    long nowMicros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    long micros = clockMicros.updateAndGet(last -> Math.max(last + 1, nowMicros));
    return (micros / 1_000_000L) + "." + String.format("%06d", micros % 1_000_000L);
  }

  /**
   * Tells {@code hook} of every post accepted into the history, before its answer is sent: the
   * moment between Slack accepting a post and the poster knowing it (a test may kill the poster
   * there). Runs on the server's thread.
   */
  public void onAcceptedPost(java.util.function.Consumer<Call> hook) {
    acceptedPosts.set(hook);
  }

  public int connectionsOpened() {
    return connectionsOpened.get();
  }

  /** The next chat.postMessage call received (accepted or not), in order. */
  public Call nextPost(Duration timeout) throws InterruptedException {
    return take(posts, timeout, "chat.postMessage");
  }

  Call nextResponse(Duration timeout) throws InterruptedException {
    return take(responses, timeout, "a response_url post");
  }

  /**
   * The calls of methods other than posts: {@code conversations.history}, {@code
   * apps.connections.open} and any that were rate limited.
   */
  public List<Call> calls() {
    return List.copyOf(calls);
  }

  BlockingQueue<Call> posts() {
    return posts;
  }

  /** The response URL posts not taken yet; each call's form has the {@code path} it went to. */
  BlockingQueue<Call> responses() {
    return responses;
  }

  private static Call take(BlockingQueue<Call> queue, Duration timeout, String what)
      throws InterruptedException {
    Call call = queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (call == null) {
      throw new AssertionError("no " + what + " within " + timeout);
    }
    return call;
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void api(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestURI().getPath().substring("/api/".length());
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String authorization =
        Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("");
    Map<String, String> form = form(body);
    String token =
        authorization.isEmpty()
            ? form.getOrDefault("token", "")
            : authorization.replaceFirst("^Bearer ", "");
    Call call = new Call(method, form, body, token);
    if (rateLimited(exchange, method)) {
      if (method.equals("chat.postMessage")) {
        posts.add(call);
      } else {
        calls.add(call);
      }
      return;
    }
    switch (method) {
      case "auth.test" ->
          send(
              exchange,
              200,
              Map.of(),
              "{\"ok\":true,\"url\":\"https://test.slack.com/\",\"team\":\"Test\",\"user\":\"usher\","
                  + "\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}");
      case "apps.connections.open" -> {
        calls.add(call);
        if (refuseAppToken.get()) {
          // What Slack answers for a token that is not a valid app-level token.
          send(exchange, 200, Map.of(), "{\"ok\":false,\"error\":\"invalid_auth\"}");
          return;
        }
        connectionsOpened.incrementAndGet();
        send(exchange, 200, Map.of(), "{\"ok\":true,\"url\":\"" + socketUrl.get() + "\"}");
      }
      case "chat.postMessage" -> {
        posts.add(call);
        if (postsToAccept.getAndDecrement() <= 0) {
          send(exchange, 503, Map.of(), "unavailable");
          return;
        }
        Optional<String> refusal = refusal(call.form().get("blocks"));
        if (refusal.isPresent()) {
          send(exchange, 200, Map.of(), "{\"ok\":false,\"error\":\"" + refusal.get() + "\"}");
          return;
        }
        Answer answer = postAnswer.get();
        if (answer.status() == 200 && answer.body().contains("\"ok\":true")) {
          String ts =
              addToHistory(
                  call.form().getOrDefault("channel", ""),
                  "BBOT",
                  call.form().getOrDefault("metadata", "null"));
          acceptedPosts.get().accept(call);
          JsonObject posted = JsonParser.parseString(answer.body()).getAsJsonObject();
          posted.addProperty("ts", ts);
          send(exchange, 200, answer.headers(), posted.toString());
          return;
        }
        send(exchange, answer.status(), answer.headers(), answer.body());
      }
      case "users.info" -> {
        calls.add(call);
        String user = call.form().getOrDefault("user", "");
        if (!user.matches("[UW][A-Z0-9]+")) {
          send(exchange, 200, Map.of(), "{\"ok\":false,\"error\":\"user_not_found\"}");
          return;
        }
        boolean admin = admins.contains(user);
        send(
            exchange,
            200,
            Map.of(),
            "{\"ok\":true,\"user\":{\"id\":\""
                + user
                + "\",\"team_id\":\"T1\","
                + "\"name\":\""
                + user.toLowerCase(java.util.Locale.ROOT)
                + "\",\"deleted\":false,"
                + "\"is_admin\":"
                + admin
                + ",\"is_owner\":false,\"is_primary_owner\":false,"
                + "\"is_restricted\":false,\"is_ultra_restricted\":false,\"is_bot\":false}}");
      }
      case "conversations.history" -> {
        calls.add(call);
        Optional<Answer> scripted = historyAnswer.get();
        if (scripted.isPresent()) {
          send(exchange, scripted.get().status(), scripted.get().headers(), scripted.get().body());
          return;
        }
        Optional<String> refusal = historyRefusal(call.form().getOrDefault("channel", ""));
        if (refusal.isPresent()) {
          send(exchange, 200, Map.of(), refusal.get());
          return;
        }
        send(exchange, 200, Map.of(), historyPage(call.form()).toString());
      }
      case "conversations.open" -> {
        calls.add(call);
        conversationsOpen(exchange, call.form());
      }
      case "files.getUploadURLExternal" -> {
        calls.add(call);
        uploadUrl(exchange, call.form());
      }
      case "files.completeUploadExternal" -> {
        calls.add(call);
        completeUpload(exchange, call.form());
      }
      case "files.upload" -> {
        // Retired for new apps in 2024 and for all in November 2025: files.getUploadURLExternal.
        calls.add(call);
        send(exchange, 200, Map.of(), "{\"ok\":false,\"error\":\"method_deprecated\"}");
      }
      default -> send(exchange, 200, Map.of(), "{\"ok\":false,\"error\":\"unknown_method\"}");
    }
  }

  private boolean missingScope(HttpExchange exchange, String scope) throws IOException {
    if (!withheldScopes.contains(scope)) {
      return false;
    }
    send(exchange, 200, Map.of(), missingScopeError(scope));
    return true;
  }

  private static String missingScopeError(String scope) {
    return "{\"ok\":false,\"error\":\"missing_scope\",\"needed\":\""
        + scope
        + "\",\"provided\":\"chat:write,commands\"}";
  }

  /**
   * Why Slack would refuse to read {@code channelId}'s history, if it would: no channel, or a DM
   * the bot has no conversation with ({@code channel_not_found}); the scope of the conversation's
   * type withheld ({@code channels:history} for C, {@code groups:history} for G, {@code im:history}
   * for D).
   */
  private Optional<String> historyRefusal(String channelId) {
    String channelNotFound = "{\"ok\":false,\"error\":\"channel_not_found\"}";
    if (channelId.isEmpty()) {
      return Optional.of(channelNotFound);
    }
    String scope =
        switch (channelId.charAt(0)) {
          case 'D' -> "im:history";
          case 'G' -> "groups:history";
          default -> "channels:history";
        };
    if (withheldScopes.contains(scope)) {
      return Optional.of(missingScopeError(scope));
    }
    if (scope.equals("im:history") && !openedDms.contains(channelId)) {
      return Optional.of(channelNotFound);
    }
    return Optional.empty();
  }

  /**
   * conversations.open with {@code users}: the DM with one person ({@code D} and their id), as
   * Slack answers; the bot itself is {@code cannot_dm_bot}, an id that is no user's {@code
   * user_not_found}; needs {@code im:write}.
   */
  private void conversationsOpen(HttpExchange exchange, Map<String, String> form)
      throws IOException {
    if (missingScope(exchange, "im:write")) {
      return;
    }
    String users = form.getOrDefault("users", "");
    if (users.isEmpty() && !form.containsKey("channel")) {
      send(exchange, 200, Map.of(), "{\"ok\":false,\"error\":\"users_list_not_supplied\"}");
    } else if (users.equals("UBOT")) {
      send(exchange, 200, Map.of(), "{\"ok\":false,\"error\":\"cannot_dm_bot\"}");
    } else if (!users.matches("[UW][A-Z0-9]+") || users.startsWith("UGONE")) {
      send(exchange, 200, Map.of(), "{\"ok\":false,\"error\":\"user_not_found\"}");
    } else {
      String dm = "D" + users.substring(1);
      openedDms.add(dm);
      send(exchange, 200, Map.of(), "{\"ok\":true,\"channel\":{\"id\":\"" + dm + "\"}}");
    }
  }

  /**
   * files.getUploadURLExternal: {@code filename} and a positive {@code length} required;
   * files:write.
   */
  private void uploadUrl(HttpExchange exchange, Map<String, String> form) throws IOException {
    if (missingScope(exchange, "files:write")) {
      return;
    }
    String fileName = form.getOrDefault("filename", "");
    String length = form.getOrDefault("length", "");
    if (fileName.isBlank() || !length.matches("[1-9]\\d*")) {
      send(exchange, 200, Map.of(), "{\"ok\":false,\"error\":\"invalid_arguments\"}");
      return;
    }
    String id = "F" + String.format("%08d", fileIds.incrementAndGet());
    pendingUploads.put(id, new String[] {fileName, length, null});
    send(
        exchange,
        200,
        Map.of(),
        "{\"ok\":true,\"upload_url\":\""
            + base()
            + "/upload/"
            + id
            + "\",\"file_id\":\""
            + id
            + "\"}");
  }

  /** The upload URL: the file's bytes as the body; their length must be the declared one. */
  private void upload(HttpExchange exchange) throws IOException {
    String id = exchange.getRequestURI().getPath().substring("/upload/".length());
    byte[] bytes = exchange.getRequestBody().readAllBytes();
    String[] pending = pendingUploads.get(id);
    if (pending == null || !exchange.getRequestMethod().equals("POST")) {
      send(exchange, 404, Map.of(), "not found");
      return;
    }
    if (bytes.length != Integer.parseInt(pending[1])) {
      send(exchange, 400, Map.of(), "length mismatch");
      return;
    }
    pending[2] = new String(bytes, StandardCharsets.UTF_8);
    send(exchange, 200, Map.of(), "OK - " + bytes.length);
  }

  /**
   * files.completeUploadExternal: every file id must have been uploaded ({@code file_not_found}
   * otherwise); shared into {@code channel_id} when given.
   */
  private void completeUpload(HttpExchange exchange, Map<String, String> form) throws IOException {
    if (missingScope(exchange, "files:write")) {
      return;
    }
    JsonArray files;
    try {
      files = JsonParser.parseString(form.getOrDefault("files", "")).getAsJsonArray();
    } catch (RuntimeException e) {
      send(exchange, 200, Map.of(), "{\"ok\":false,\"error\":\"invalid_arguments\"}");
      return;
    }
    JsonArray completed = new JsonArray();
    for (JsonElement file : files) {
      String id = file.getAsJsonObject().get("id").getAsString();
      String[] pending = pendingUploads.get(id);
      if (pending == null || pending[2] == null) {
        send(exchange, 200, Map.of(), "{\"ok\":false,\"error\":\"file_not_found\"}");
        return;
      }
      sharedFiles.add(
          new SharedFile(
              id,
              pending[0],
              pending[2],
              form.getOrDefault("channel_id", ""),
              form.getOrDefault("initial_comment", "")));
      JsonObject done = new JsonObject();
      done.addProperty("id", id);
      done.addProperty("name", pending[0]);
      done.addProperty(
          "title",
          file.getAsJsonObject().has("title")
              ? file.getAsJsonObject().get("title").getAsString()
              : pending[0]);
      completed.add(done);
    }
    JsonObject answer = new JsonObject();
    answer.addProperty("ok", true);
    answer.add("files", completed);
    send(exchange, 200, Map.of(), answer.toString());
  }

  private void respond(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    responses.add(new Call("respond", Map.of("path", exchange.getRequestURI().getPath()), body));
    if (rateLimited(exchange, "respond")) {
      return;
    }
    // A response URL takes 5 posts, within 30 minutes of the command.
    int use =
        responseUrlUses
            .computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger())
            .incrementAndGet();
    if (use > RESPONSE_URL_USES) {
      send(exchange, 404, Map.of(), "used_url");
      return;
    }
    Optional<String> refusal =
        refusal(
            Optional.ofNullable(JsonParser.parseString(body).getAsJsonObject().get("blocks"))
                .map(Object::toString)
                .orElse(null));
    if (refusal.isPresent()) {
      send(exchange, 400, Map.of(), refusal.get());
      return;
    }
    send(exchange, 200, Map.of(), "ok");
  }

  /**
   * A page of {@code conversations.history} as Slack gives it: newest first, only messages after
   * {@code oldest} (or at it with {@code inclusive}) and up to {@code latest}, {@code limit} of
   * them (default 100, at most 999) from the {@code cursor} on, {@code has_more} and the next
   * cursor in {@code response_metadata}; metadata only with {@code include_all_metadata}.
   */
  private JsonObject historyPage(Map<String, String> form) {
    List<JsonObject> history = histories.getOrDefault(form.get("channel"), List.of());
    String oldest = form.getOrDefault("oldest", "0");
    String latest = form.getOrDefault("latest", "9999999999.999999");
    boolean inclusive = truthy(form.get("inclusive"));
    boolean metadata = truthy(form.get("include_all_metadata"));
    int limit = Math.min(999, Integer.parseInt(form.getOrDefault("limit", "100")));
    String cursor = form.getOrDefault("cursor", "");
    String before =
        cursor.isEmpty()
            ? null
            : new String(java.util.Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8)
                .replaceFirst("^next_ts:", "");
    List<JsonObject> matching =
        history.reversed().stream()
            .filter(
                m -> {
                  String ts = m.get("ts").getAsString();
                  int fromOldest = compareTs(ts, oldest);
                  return (fromOldest > 0 || inclusive && fromOldest == 0)
                      && compareTs(ts, latest) <= 0
                      && (before == null || compareTs(ts, before) <= 0);
                })
            .toList();
    JsonArray messages = new JsonArray();
    matching.stream()
        .limit(limit)
        .forEach(
            m -> {
              JsonObject copy = m.deepCopy();
              if (!metadata) {
                copy.remove("metadata");
              }
              messages.add(copy);
            });
    JsonObject answer = new JsonObject();
    answer.addProperty("ok", true);
    answer.add("messages", messages);
    boolean more = matching.size() > limit;
    answer.addProperty("has_more", more);
    if (more) {
      JsonObject next = new JsonObject();
      next.addProperty(
          "next_cursor",
          java.util.Base64.getEncoder()
              .encodeToString(
                  ("next_ts:" + matching.get(limit).get("ts").getAsString())
                      .getBytes(StandardCharsets.UTF_8)));
      answer.add("response_metadata", next);
    }
    return answer;
  }

  private static int compareTs(String a, String b) {
    return new java.math.BigDecimal(a).compareTo(new java.math.BigDecimal(b));
  }

  private static boolean truthy(String flag) {
    return flag != null && (flag.equals("1") || flag.equalsIgnoreCase("true"));
  }

  private synchronized boolean rateLimited(HttpExchange exchange, String method)
      throws IOException {
    int[] limit = rateLimits.get(method);
    if (limit == null || limit[0] <= 0) {
      return false;
    }
    limit[0]--;
    send(
        exchange,
        429,
        Map.of("Retry-After", String.valueOf(limit[1])),
        "{\"ok\":false,\"error\":\"ratelimited\"}");
    return true;
  }

  /** Slack's refusal of these blocks, if it would refuse them. */
  static Optional<String> refusal(String blocksJson) {
    if (blocksJson == null || blocksJson.isEmpty()) {
      return Optional.empty();
    }
    JsonArray blocks = JsonParser.parseString(blocksJson).getAsJsonArray();
    if (blocks.size() > MAX_BLOCKS) {
      return Optional.of("invalid_blocks");
    }
    int total = 0;
    for (var element : blocks) {
      JsonObject block = element.getAsJsonObject();
      if (block.has("text") && block.get("text").isJsonObject()) {
        int length = block.getAsJsonObject("text").get("text").getAsString().length();
        if (block.get("type").getAsString().equals("section") && length > MAX_SECTION_TEXT) {
          return Optional.of("invalid_blocks");
        }
        total += length;
      }
      if (block.get("type").getAsString().equals("actions") && invalidActions(block)) {
        return Optional.of("invalid_blocks");
      }
      if (block.has("elements") && !block.get("type").getAsString().equals("actions")) {
        for (var part : block.getAsJsonArray("elements")) {
          if (part.isJsonObject() && part.getAsJsonObject().has("text")) {
            total += part.getAsJsonObject().get("text").getAsString().length();
          }
        }
      }
    }
    return total > MAX_TOTAL_BLOCK_TEXT ? Optional.of("msg_blocks_too_long") : Optional.empty();
  }

  /**
   * Whether Slack refuses this {@code actions} block: 1 to 25 elements; a button's text plain_text
   * of 1 to 75 characters, its {@code action_id} at most 255 and unique in the block, its value at
   * most 2,000.
   */
  private static boolean invalidActions(JsonObject block) {
    JsonArray elements = block.has("elements") ? block.getAsJsonArray("elements") : new JsonArray();
    if (elements.isEmpty() || elements.size() > 25) {
      return true;
    }
    java.util.Set<String> actionIds = new java.util.HashSet<>();
    for (var element : elements) {
      JsonObject button = element.getAsJsonObject();
      if (!button.get("type").getAsString().equals("button")) {
        continue;
      }
      JsonObject text = button.getAsJsonObject("text");
      String label = text == null ? "" : text.get("text").getAsString();
      String actionId = button.has("action_id") ? button.get("action_id").getAsString() : "";
      String value = button.has("value") ? button.get("value").getAsString() : "";
      if (text == null
          || !text.get("type").getAsString().equals("plain_text")
          || label.isEmpty()
          || label.length() > 75
          || actionId.length() > 255
          || value.length() > 2000
          || (!actionId.isEmpty() && !actionIds.add(actionId))) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    if (body.startsWith("{")) {
      return form;
    }
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      form.put(key, value);
    }
    return form;
  }

  private static void send(
      HttpExchange exchange, int status, Map<String, String> headers, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
