package dev.usher.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.queue.SocketModeMessageQueue;
import com.slack.api.socket_mode.queue.impl.ConcurrentLinkedMessageQueue;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Slack's {@code disconnect} messages on their way into the client's queue, to say why: the
 * Bolt client reconnects on every one and tells no listener about them. {@code refresh_requested}
 * and {@code warning} are Slack renewing the connection (logged at info); {@code link_disabled}
 * means Socket Mode was turned off for the app, which no reconnection fixes (logged as an error
 * saying what to do). Every message is passed on unchanged. Thread-safe.
 */
final class SocketModeDisconnects implements SocketModeMessageQueue {
  private static final Logger LOG = LoggerFactory.getLogger(SocketModeDisconnects.class);

  private final SocketModeMessageQueue queue = new ConcurrentLinkedMessageQueue();

  /**
   * Puts itself in front of {@code client}'s queue, moving over what was waiting in the old one.
   */
  static void watch(SocketModeClient client) {
    SocketModeDisconnects watched = new SocketModeDisconnects();
    SocketModeMessageQueue old = client.getMessageQueue();
    client.setMessageQueue(watched);
    for (String waiting = old.poll(); waiting != null; waiting = old.poll()) {
      watched.queue.add(waiting);
    }
  }

  @Override
  public void add(String message) {
    disconnectReason(message).ifPresent(SocketModeDisconnects::report);
    queue.add(message);
  }

  @Override
  public String poll() {
    return queue.poll();
  }

  private static void report(String reason) {
    if (reason.equals("link_disabled")) {
      LOG.error(
          "Slack turned Socket Mode off for this app (disconnect: link_disabled): turn it on"
              + " again under Settings > Socket Mode at api.slack.com/apps, or use slack.mode: http");
    } else {
      LOG.info("Slack asked for a new Socket Mode connection ({})", reason);
    }
  }

  private static Optional<String> disconnectReason(String message) {
    try {
      JsonElement json = JsonParser.parseString(message);
      if (!json.isJsonObject()) {
        return Optional.empty();
      }
      JsonObject object = json.getAsJsonObject();
      if (!object.has("type") || !"disconnect".equals(object.get("type").getAsString())) {
        return Optional.empty();
      }
      JsonElement reason = object.get("reason");
      return Optional.of(
          reason != null && reason.isJsonPrimitive() ? reason.getAsString() : "no reason");
    } catch (JsonSyntaxException | UnsupportedOperationException | IllegalStateException e) {
      return Optional.empty();
    }
  }
}
