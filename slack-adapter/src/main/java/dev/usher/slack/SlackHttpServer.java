package dev.usher.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP mode on the JDK's own HTTP server: every request to {@link #PATH} goes through the
 * Bolt app, which verifies its signature and timestamp before any handler sees it. Handlers only
 * acknowledge, so the server's single dispatcher thread is never held long.
 */
final class SlackHttpServer implements AutoCloseable {
  /** The request URL to give Slack, after the public host: events, commands, everything. */
  static final String PATH = "/slack/events";

  private static final Logger LOG = LoggerFactory.getLogger(SlackHttpServer.class);
  private static final int MAX_BODY_BYTES = 1 << 20;

  private final App app;
  private final SlackRequestParser parser;
  private final HttpServer server;

  SlackHttpServer(App app, InetSocketAddress address) throws IOException {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.server = HttpServer.create(address, 0);
    server.createContext(PATH, this::handle);
  }

  void start() {
    server.start();
    LOG.info("Slack HTTP mode listening on port {}{}", port(), PATH);
  }

  int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        send(exchange, 405, "text/plain", "POST only");
        return;
      }
      byte[] bytes = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        send(exchange, 413, "text/plain", "too large");
        return;
      }
      String body = new String(bytes, StandardCharsets.UTF_8);
      String query = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
      Request<?> request =
          parser.parse(SlackRequestParser.HttpRequest.builder()
              .requestUri(exchange.getRequestURI().getPath())
              .queryString(QueryStringParser.toMap(query))
              .headers(new RequestHeaders(exchange.getRequestHeaders()))
              .requestBody(body)
              .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
              .build());
      if (request == null) {
        send(exchange, 400, "text/plain", "not a Slack request");
        return;
      }
      Response response = app.run(request);
      for (Map.Entry<String, List<String>> header : response.getHeaders().entrySet()) {
        exchange.getResponseHeaders().put(header.getKey(), header.getValue());
      }
      send(exchange, response.getStatusCode(), response.getContentType(),
          Optional.ofNullable(response.getBody()).orElse(""));
    } catch (Exception e) {
      LOG.error("Slack request to {} failed", exchange.getRequestURI().getPath(), e);
    }
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
  }
}
