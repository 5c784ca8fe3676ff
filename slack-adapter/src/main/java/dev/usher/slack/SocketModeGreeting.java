package dev.usher.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import com.slack.api.socket_mode.listener.WebSocketMessageListener;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a Socket Mode connection for Slack's {@code hello}, the message Slack sends once a
 * connection is ready for events: only then is the bot connected. Logs every greeting (the first,
 * and each after a reconnection). Thread-safe.
 */
final class SocketModeGreeting implements WebSocketMessageListener {
  private static final Logger LOG = LoggerFactory.getLogger(SocketModeGreeting.class);

  private final CountDownLatch first = new CountDownLatch(1);
  private final AtomicInteger greetings = new AtomicInteger();

  @Override
  public void handle(String message) {
    if (!isHello(message)) {
      return;
    }
    int count = greetings.incrementAndGet();
    if (count == 1) {
      LOG.info("Slack connected over Socket Mode");
    } else {
      LOG.info("Slack connected over Socket Mode again (connection {})", count);
    }
    first.countDown();
  }

  /** Waits for the first {@code hello}; false when none came within {@code timeout}. */
  boolean awaitFirst(Duration timeout) throws InterruptedException {
    return first.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static boolean isHello(String message) {
    try {
      JsonElement json = JsonParser.parseString(message);
      if (!json.isJsonObject()) {
        return false;
      }
      JsonObject object = json.getAsJsonObject();
      return object.has("type")
          && object.get("type").isJsonPrimitive()
          && object.get("type").getAsString().equals("hello");
    } catch (JsonSyntaxException e) {
      return false;
    }
  }
}
