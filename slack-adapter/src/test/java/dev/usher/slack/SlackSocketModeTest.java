package dev.usher.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The real Bolt Socket Mode client (Java-WebSocket backend) against a fake Socket Mode server and a
 * fake Web API: an event is acknowledged and answered, and after the fake drops the connection the
 * client opens a new one and answers the next event.
 */
class SlackSocketModeTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  /** Bolt's session monitor checks the connection every 5 s, starting 5 s after start. */
  private static final Duration RECONNECT_WAIT = Duration.ofSeconds(30);

  @Test
  void eventIsAcknowledgedAndAnsweredAndTheClientReconnectsAfterADrop() throws Exception {
    ListAppender<ILoggingEvent> slackLogs = new ListAppender<>();
    slackLogs.start();
    ((Logger) LoggerFactory.getLogger("com.slack.api")).addAppender(slackLogs);
    FakeSocketModeServer sockets = new FakeSocketModeServer();
    sockets.start();
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try (FakeSlackApi api = new FakeSlackApi()) {
      api.socketUrl(sockets.url());
      SlackPlatform platform = new SlackPlatform(
          SlackSettings.from(Map.of("api_url", api.apiUrl())),
          new SlackCredentials("xoxb-test", Optional.of("xapp-test"), Optional.empty()),
          TestBots.bot(), executor);
      try {
        platform.start();

        WebSocket first = sockets.nextConnection(WAIT);
        first.send(envelope("env-1", SlackHttpModeTest.mention("Ev1", "1700000000.000100")));

        assertThat(sockets.nextReceived(WAIT)).contains("\"envelope_id\":\"env-1\"");
        FakeSlackApi.Call post = api.nextPost(WAIT);
        assertThat(post.form()).containsEntry("thread_ts", "1700000000.000100");
        assertThat(JsonText.strings(post.form().get("blocks"))).contains("*Registration* opens");

        int opened = api.connectionsOpened();
        first.closeConnection(1006, "dropped by the fake");

        WebSocket second = sockets.nextConnection(RECONNECT_WAIT);
        assertThat(api.connectionsOpened()).isGreaterThan(opened);
        second.send(envelope("env-2", SlackHttpModeTest.mention("Ev2", "1700000001.000100")));

        assertThat(sockets.nextReceived(WAIT)).contains("\"envelope_id\":\"env-2\"");
        assertThat(api.nextPost(WAIT).form()).containsEntry("thread_ts", "1700000001.000100");
      } finally {
        platform.close();
      }
    } finally {
      executor.shutdown();
      executor.awaitTermination(5, TimeUnit.SECONDS);
      sockets.stop(1000);
      ((Logger) LoggerFactory.getLogger("com.slack.api")).detachAppender(slackLogs);
    }
    // Bolt and the Slack client log through SLF4J 2 (the parent's slf4j-api) into logback.
    assertThat(slackLogs.list).anyMatch(e -> e.getLoggerName().startsWith("com.slack.api"));
  }

  private static String envelope(String envelopeId, String payload) {
    return "{\"envelope_id\":\"" + envelopeId + "\",\"type\":\"events_api\","
        + "\"accepts_response_payload\":false,\"retry_attempt\":0,\"retry_reason\":\"\","
        + "\"payload\":" + payload + "}";
  }
}
