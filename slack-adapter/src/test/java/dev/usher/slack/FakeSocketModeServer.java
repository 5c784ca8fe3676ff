package dev.usher.slack;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode server on 127.0.0.1: greets each connection with {@code hello} (unless told
 * to hold greetings), hands connections to the test, and records what clients send (the acks).
 * Public, in this module's test-jar, for app's tests of whole {@code serve} processes.
 */
public final class FakeSocketModeServer extends WebSocketServer {
  private final CountDownLatch started = new CountDownLatch(1);
  private final BlockingQueue<WebSocket> connections = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private volatile boolean greetOnOpen = true;

  public FakeSocketModeServer() {
    super(new InetSocketAddress("127.0.0.1", 0));
    setReuseAddr(true);
  }

  public String url() throws InterruptedException {
    if (!started.await(10, TimeUnit.SECONDS)) {
      throw new AssertionError("fake Socket Mode server did not start");
    }
    return "ws://127.0.0.1:" + getPort() + "/link/?ticket=test";
  }

  /** The next connection a client opened (greeted unless greetings are held), in order. */
  public WebSocket nextConnection(Duration timeout) throws InterruptedException {
    WebSocket connection = connections.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (connection == null) {
      throw new AssertionError("no Socket Mode connection within " + timeout);
    }
    return connection;
  }

  String nextReceived(Duration timeout) throws InterruptedException {
    String message = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (message == null) {
      throw new AssertionError("no message from the client within " + timeout);
    }
    return message;
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  /** From now on a new connection is not greeted until the test calls {@link #greet}. */
  void holdGreetings() {
    greetOnOpen = false;
  }

  /** Slack's {@code hello}: the connection is ready for events. */
  static void greet(WebSocket connection) {
    connection.send(
        "{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
            + "\"connection_info\":{\"app_id\":\"A1\"}}");
  }

  @Override
  public void onOpen(WebSocket connection, ClientHandshake handshake) {
    if (greetOnOpen) {
      greet(connection);
    }
    connections.add(connection);
  }

  @Override
  public void onMessage(WebSocket connection, String message) {
    received.add(message);
  }

  @Override
  public void onClose(WebSocket connection, int code, String reason, boolean remote) {}

  @Override
  public void onError(WebSocket connection, Exception e) {}
}
