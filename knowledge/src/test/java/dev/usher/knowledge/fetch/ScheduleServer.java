package dev.usher.knowledge.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A schedule tool's web server on 127.0.0.1 (the JDK's HttpServer), serving one path the way the
 * test says: a schedule with an ETag and Last-Modified (answering 304 to a matching conditional
 * request), an error status, a body cut off mid-way, or a body that stalls. Strict: any other path
 * or method is a 404 and recorded as unexpected.
 */
final class ScheduleServer implements AutoCloseable {
  static final String LAST_MODIFIED = "Sat, 27 Dec 2025 10:00:00 GMT";

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final String path;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final List<String> unexpected = new CopyOnWriteArrayList<>();
  private volatile Behaviour behaviour = new Status(404);

  /** What one request asked. */
  record Request(String ifNoneMatch, String ifModifiedSince) {}

  private sealed interface Behaviour {}

  private record Serve(byte[] body, String contentType, boolean etag) implements Behaviour {}

  private record Status(int code) implements Behaviour {}

  private record Cut(byte[] body, String contentType, int sent) implements Behaviour {}

  private record Stall(byte[] body, String contentType) implements Behaviour {}

  private ScheduleServer(String path) throws IOException {
    this.path = path;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  static ScheduleServer at(String path) throws IOException {
    return new ScheduleServer(path);
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /**
   * Serves {@code body} with an ETag (its hash) and a Last-Modified; 304 to a matching
   * If-None-Match.
   */
  void serve(byte[] body, String contentType) {
    behaviour = new Serve(body, contentType, true);
  }

  /** Serves {@code body} with only a Last-Modified; 304 to a matching If-Modified-Since. */
  void serveWithoutEtag(byte[] body, String contentType) {
    behaviour = new Serve(body, contentType, false);
  }

  void answer(int status) {
    behaviour = new Status(status);
  }

  /** Announces the whole length of {@code body}, sends {@code sent} bytes of it and hangs up. */
  void cutOff(byte[] body, String contentType, int sent) {
    behaviour = new Cut(body, contentType, sent);
  }

  /** Sends the headers and half the body, then nothing more until the server closes. */
  void stall(byte[] body, String contentType) {
    behaviour = new Stall(body, contentType);
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  List<String> unexpected() {
    return List.copyOf(unexpected);
  }

  static String etag(byte[] body) {
    try {
      return "\""
          + HexFormat.of()
              .formatHex(MessageDigest.getInstance("SHA-256").digest(body))
              .substring(0, 16)
          + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("GET")
          || !exchange.getRequestURI().getPath().equals(path)) {
        unexpected.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      var headers = exchange.getRequestHeaders();
      requests.add(
          new Request(headers.getFirst("If-None-Match"), headers.getFirst("If-Modified-Since")));
      switch (behaviour) {
        case Serve serve -> serve(exchange, serve);
        case Status status -> exchange.sendResponseHeaders(status.code(), -1);
        case Cut cut -> {
          exchange.getResponseHeaders().set("Content-Type", cut.contentType());
          exchange.sendResponseHeaders(200, cut.body().length);
          OutputStream out = exchange.getResponseBody();
          out.write(cut.body(), 0, cut.sent());
          out.flush();
          // Closing the connection short of the announced length is what a dropped download is.
          throw new IOException("hung up on purpose");
        }
        case Stall stall -> {
          exchange.getResponseHeaders().set("Content-Type", stall.contentType());
          exchange.sendResponseHeaders(200, stall.body().length);
          OutputStream out = exchange.getResponseBody();
          out.write(stall.body(), 0, stall.body().length / 2);
          out.flush();
          try {
            closing.await(1, TimeUnit.MINUTES);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      }
    }
  }

  private static void serve(HttpExchange exchange, Serve serve) throws IOException {
    var headers = exchange.getRequestHeaders();
    String etag = etag(serve.body());
    boolean fresh =
        serve.etag()
            ? etag.equals(headers.getFirst("If-None-Match"))
            : LAST_MODIFIED.equals(headers.getFirst("If-Modified-Since"));
    if (serve.etag()) {
      exchange.getResponseHeaders().set("ETag", etag);
    }
    exchange.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
    if (fresh) {
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", serve.contentType());
    exchange.sendResponseHeaders(200, serve.body().length);
    exchange.getResponseBody().write(serve.body());
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    threads.shutdownNow();
  }
}
