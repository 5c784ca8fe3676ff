package dev.usher.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP mode on the JDK's own HTTP server: every request to {@link #PATH} goes through the
 * Bolt app, which verifies its signature and timestamp before any handler sees it. Handlers only
 * acknowledge.
 *
 * <p>Each request has its own virtual thread, so a client that sends headers and then nothing holds
 * only itself, and its body must arrive within {@link #BODY_DEADLINE} or the connection is closed.
 * A request without Slack's signature headers, with a stale timestamp or too large a declared body
 * is refused before any body is read.
 *
 * <p>The signature is checked before the body is parsed, so only Slack's own bodies are ever read
 * as JSON or forms; a signed body that is not a request Slack sends (not JSON, no type, an event
 * without its {@code event_id}, a command without its {@code trigger_id}) is answered 400.
 */
final class SlackHttpServer implements AutoCloseable {
  /** The request URL to give Slack, after the public host: events, commands, everything. */
  static final String PATH = "/slack/events";

  private static final Logger LOG = LoggerFactory.getLogger(SlackHttpServer.class);
  private static final int MAX_BODY_BYTES = 1 << 20;

  /** Slack sends a request's few kilobytes at once; a body slower than this is not Slack. */
  static final Duration BODY_DEADLINE = Duration.ofSeconds(5);

  /** Bolt refuses timestamps further off than this; we do too, before reading the body. */
  private static final long MAX_CLOCK_SKEW_SECONDS = 5 * 60;

  private final App app;
  private final SlackRequestParser parser;
  private final SlackSignature.Verifier signatures;
  private final HttpServer server;
  private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledExecutorService deadlines =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("usher-slack-body-deadline").daemon().factory());

  SlackHttpServer(App app, InetSocketAddress address) throws IOException {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.signatures =
        new SlackSignature.Verifier(new SlackSignature.Generator(app.config().getSigningSecret()));
    this.server = HttpServer.create(address, 0);
    server.createContext(PATH, this::handle);
    server.setExecutor(requests);
  }

  void start() {
    server.start();
    LOG.info(
        "Slack HTTP mode listening on {}:{}{}",
        address().getAddress().getHostAddress(),
        port(),
        PATH);
  }

  int port() {
    return server.getAddress().getPort();
  }

  InetSocketAddress address() {
    return server.getAddress();
  }

  /** Why the request is refused before its body is read, if it is. */
  private static Optional<String> refuseEarly(HttpExchange exchange) {
    String signature = exchange.getRequestHeaders().getFirst("X-Slack-Signature");
    String timestamp = exchange.getRequestHeaders().getFirst("X-Slack-Request-Timestamp");
    if (signature == null || timestamp == null) {
      return Optional.of("not signed by Slack");
    }
    try {
      long skew = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp.strip()));
      if (skew > MAX_CLOCK_SKEW_SECONDS) {
        return Optional.of("timestamp too far from now");
      }
    } catch (NumberFormatException e) {
      return Optional.of("timestamp is not a number");
    }
    return Optional.empty();
  }

  /**
   * Reads the body within {@link #BODY_DEADLINE}: past it the reading thread is interrupted, which
   * closes the connection (the JDK server reads from an interruptible channel).
   */
  private byte[] readBody(HttpExchange exchange) throws IOException {
    Thread reader = Thread.currentThread();
    AtomicBoolean read = new AtomicBoolean();
    ScheduledFuture<?> deadline =
        deadlines.schedule(
            () -> {
              if (read.compareAndSet(false, true)) {
                reader.interrupt();
              }
            },
            BODY_DEADLINE.toMillis(),
            TimeUnit.MILLISECONDS);
    try {
      return exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
    } finally {
      deadline.cancel(false);
      if (!read.compareAndSet(false, true)) {
        Thread.interrupted();
      }
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        send(exchange, 405, "text/plain", "POST only");
        return;
      }
      Optional<String> refusal = refuseEarly(exchange);
      if (refusal.isPresent()) {
        send(exchange, 401, "text/plain", refusal.get());
        return;
      }
      String length = exchange.getRequestHeaders().getFirst("Content-Length");
      if (length != null
          && length.strip().matches("\\d{1,18}")
          && Long.parseLong(length.strip()) > MAX_BODY_BYTES) {
        send(exchange, 413, "text/plain", "too large");
        return;
      }
      byte[] bytes;
      try {
        bytes = readBody(exchange);
      } catch (IOException e) {
        LOG.info(
            "Slack HTTP mode: a body from {} did not arrive within {}; connection closed",
            exchange.getRemoteAddress().getAddress().getHostAddress(),
            BODY_DEADLINE);
        return;
      }
      if (bytes.length > MAX_BODY_BYTES) {
        send(exchange, 413, "text/plain", "too large");
        return;
      }
      String body = new String(bytes, StandardCharsets.UTF_8);
      if (!signatures.isValid(
          header(exchange, SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP),
          body,
          header(exchange, SlackSignature.HeaderNames.X_SLACK_SIGNATURE))) {
        send(exchange, 401, "text/plain", "invalid signature");
        return;
      }
      Optional<Request<?>> parsed = parse(exchange, body);
      if (parsed.isEmpty()) {
        send(exchange, 400, "text/plain", "not a Slack request");
        return;
      }
      Request<?> request = parsed.get();
      Response response = app.run(request);
      for (Map.Entry<String, List<String>> header : response.getHeaders().entrySet()) {
        exchange.getResponseHeaders().put(header.getKey(), header.getValue());
      }
      send(
          exchange,
          response.getStatusCode(),
          response.getContentType(),
          Optional.ofNullable(response.getBody()).orElse(""));
    } catch (Exception e) {
      LOG.error("Slack request to {} failed", exchange.getRequestURI().getPath(), e);
      if (exchange.getResponseCode() == -1) {
        send(exchange, 500, "text/plain", "failed");
      }
    }
  }

  /**
   * The Bolt request in a signed body, empty when it is not one Slack sends. Bolt's parser throws
   * (JSON syntax, a missing {@code event}) or returns null for such bodies.
   */
  private Optional<Request<?>> parse(HttpExchange exchange, String body) {
    String query = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
    Request<?> request;
    try {
      request =
          parser.parse(
              SlackRequestParser.HttpRequest.builder()
                  .requestUri(exchange.getRequestURI().getPath())
                  .queryString(QueryStringParser.toMap(query))
                  .headers(new RequestHeaders(exchange.getRequestHeaders()))
                  .requestBody(body)
                  .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                  .build());
    } catch (RuntimeException e) {
      LOG.info(
          "Slack HTTP mode: a signed body is not a Slack request ({}); answered 400",
          e.getClass().getSimpleName());
      return Optional.empty();
    }
    boolean complete =
        switch (request) {
          case null -> false;
          case EventRequest event -> hasEventId(event.getRequestBodyAsString());
          case SlashCommandRequest command ->
              command.getPayload() != null
                  && command.getPayload().getTriggerId() != null
                  && command.getPayload().getCommand() != null;
          default -> true;
        };
    return complete ? Optional.of(request) : Optional.empty();
  }

  private static boolean hasEventId(String json) {
    JsonElement id = JsonParser.parseString(json).getAsJsonObject().get("event_id");
    return id != null && id.isJsonPrimitive() && !id.getAsString().isBlank();
  }

  private static String header(HttpExchange exchange, String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(1);
    deadlines.shutdownNow();
    requests.shutdownNow();
  }
}
