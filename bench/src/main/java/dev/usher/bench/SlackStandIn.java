package dev.usher.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.usher.slack.FakeSlackApi;
import dev.usher.slack.FakeSocketModeServer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.java_websocket.WebSocket;
import org.jspecify.annotations.Nullable;

/**
 * The strict fake Slack (Web API and Socket Mode) with an attendee mentioning the bot in a channel;
 * the reply is the {@code chat.postMessage} in the mention's thread.
 */
final class SlackStandIn implements PlatformStandIn {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final FakeSlackApi api;
  private final FakeSocketModeServer sockets;
  private final AtomicLong asked = new AtomicLong();

  /**
   * Event ids unique to this run: serve keeps the ids it has answered in its state folder, and
   * would rightly not answer a later run's same id a second time.
   */
  private final String run = Long.toString(System.currentTimeMillis(), 36);

  private final long firstSecond = Instant.now().getEpochSecond();

  /** The Socket Mode connection events go over; none until {@link #awaitConnected}. */
  private volatile @Nullable WebSocket connection;

  SlackStandIn() throws IOException, InterruptedException {
    api = new FakeSlackApi();
    sockets = new FakeSocketModeServer();
    sockets.start();
    api.socketUrl(sockets.url());
  }

  @Override
  public String name() {
    return "Slack";
  }

  @Override
  public String settingsYaml() {
    return """
        slack:
          api_url: %s
        """
        .formatted(api.apiUrl());
  }

  @Override
  public Map<String, String> environment() {
    return Map.of("SLACK_BOT_TOKEN", "xoxb-bench", "SLACK_APP_TOKEN", "xapp-bench");
  }

  /** The fake greets a Socket Mode connection with hello as it opens: Bolt can then be asked. */
  @Override
  public void awaitConnected(Duration timeout) throws InterruptedException {
    connection = sockets.nextConnection(timeout);
  }

  @Override
  public String ask(String question, Duration timeout) throws InterruptedException {
    long n = asked.incrementAndGet();
    String ts = firstSecond + "." + String.format("%06d", n);
    WebSocket open = connection;
    if (open == null || !open.isOpen()) {
      open = sockets.nextConnection(timeout); // Bolt reconnected; events go to the new one
      connection = open;
    }
    open.send(envelope("bench-env-" + run + "-" + n, "Ev" + run + n, ts, question));
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
      FakeSlackApi.Call post = api.nextPost(left);
      if (ts.equals(post.form().get("thread_ts"))) {
        return (post.form().getOrDefault("text", "")
                + "\n"
                + post.form().getOrDefault("blocks", ""))
            .strip();
      }
    }
  }

  /** An {@code app_mention} in channel C1, in a Socket Mode envelope, as Slack sends it. */
  private static String envelope(String envelopeId, String eventId, String ts, String question) {
    ObjectNode event = JSON.createObjectNode().put("type", "app_mention").put("user", "U1");
    event.put("text", "<@UBOT> " + escaped(question)).put("ts", ts).put("channel", "C1");
    event.put("event_ts", ts);
    ObjectNode payload = JSON.createObjectNode().put("token", "x").put("team_id", "T1");
    payload.put("api_app_id", "A1").put("type", "event_callback").put("event_id", eventId);
    payload.put("event_time", Instant.now().getEpochSecond()).set("event", event);
    ObjectNode envelope = JSON.createObjectNode().put("envelope_id", envelopeId);
    envelope.put("type", "events_api").put("accepts_response_payload", false);
    envelope.put("retry_attempt", 0).put("retry_reason", "").set("payload", payload);
    return envelope.toString();
  }

  /** Slack escapes these three in a message's text, so a mention's text arrives so. */
  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Override
  public void close() {
    api.close();
    try {
      sockets.stop(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
