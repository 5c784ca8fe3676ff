package dev.usher.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A schedule tool's server on 127.0.0.1 (the JDK's HttpServer) publishing one schedule at one path,
 * as YAML or, for a path ending {@code .xml}, XML, with an ETag (its version number) and 304 for a
 * matching If-None-Match, or failing with a status, or holding its bodies (a slow server). Any
 * other path or method is a 404, recorded as unexpected.
 */
final class LoopbackScheduleServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final String path;
  private final List<String> unexpected = new CopyOnWriteArrayList<>();
  private final List<String> conditions = new CopyOnWriteArrayList<>();
  private volatile String body = "";
  private volatile int version;
  private volatile int failWith;
  private volatile CountDownLatch bodies = new CountDownLatch(0);
  private final Semaphore held = new Semaphore(0);

  LoopbackScheduleServer(String path) throws IOException {
    this.path = path;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Publishes a new version of the schedule. */
  void publish(String schedule) {
    body = schedule;
    version++;
    failWith = 0;
  }

  /** Answers every request with {@code status} from now on. */
  void failWith(int status) {
    failWith = status;
  }

  /**
   * From now on a body is sent only after {@link #sendHeldBodies}: a slow schedule server. Each
   * request held releases one permit of {@link #awaitHeld}.
   */
  void holdBodies() {
    bodies = new CountDownLatch(1);
  }

  /** Sends the bodies held, and every later one at once. */
  void sendHeldBodies() {
    bodies.countDown();
  }

  /** Whether a request reached the server and is held, within {@code seconds}. */
  boolean awaitHeld(int seconds) throws InterruptedException {
    return held.tryAcquire(seconds, TimeUnit.SECONDS);
  }

  /** The If-None-Match of each request, "-" when it had none. */
  List<String> conditions() {
    return List.copyOf(conditions);
  }

  List<String> unexpected() {
    return List.copyOf(unexpected);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("GET")
          || !exchange.getRequestURI().getPath().equals(path)) {
        unexpected.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      String condition = exchange.getRequestHeaders().getFirst("If-None-Match");
      conditions.add(condition == null ? "-" : condition);
      if (failWith != 0) {
        exchange.sendResponseHeaders(failWith, -1);
        return;
      }
      String etag = "\"v" + version + "\"";
      exchange.getResponseHeaders().set("ETag", etag);
      if (etag.equals(condition)) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      CountDownLatch gate = bodies;
      if (gate.getCount() > 0) {
        held.release();
        try {
          gate.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange
          .getResponseHeaders()
          .set("Content-Type", path.endsWith(".xml") ? "application/xml" : "application/yaml");
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
