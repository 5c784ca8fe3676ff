package dev.usher.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.usher.core.platform.BackgroundAnswers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The real Bolt Socket Mode client (Java-WebSocket backend) against a fake Socket Mode server and a
 * fake Web API: events are acknowledged and answered, and the client follows Slack's connection
 * lifecycle (a dropped connection, a {@code disconnect} asking for a refresh, an envelope Slack
 * sends again because its acknowledgement did not arrive).
 */
class SlackSocketModeTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  /** Bolt's session monitor checks the connection every 5 s, starting 5 s after start. */
  private static final Duration RECONNECT_WAIT = Duration.ofSeconds(30);

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private FakeSocketModeServer sockets;
  private ExecutorService executor;
  private FakeSlackApi api;
  private SlackPlatform platform;

  @BeforeEach
  void fakes() throws Exception {
    logs.start();
    ((Logger) LoggerFactory.getLogger("com.slack.api")).addAppender(logs);
    ((Logger) LoggerFactory.getLogger("dev.usher.slack")).addAppender(logs);
    sockets = new FakeSocketModeServer();
    sockets.start();
    executor = Executors.newSingleThreadExecutor();
    api = new FakeSlackApi();
    api.socketUrl(sockets.url());
    platform =
        new SlackPlatform(
            SlackSettings.from(Map.of("api_url", api.apiUrl())),
            new SlackCredentials("xoxb-test", Optional.of("xapp-test"), Optional.empty()),
            TestBots.bot(),
            new BackgroundAnswers(executor));
  }

  @AfterEach
  void stop() throws Exception {
    platform.close();
    executor.shutdown();
    executor.awaitTermination(5, TimeUnit.SECONDS);
    api.close();
    sockets.stop(1000);
    ((Logger) LoggerFactory.getLogger("com.slack.api")).detachAppender(logs);
    ((Logger) LoggerFactory.getLogger("dev.usher.slack")).detachAppender(logs);
  }

  @Test
  @Tag("slow")
  void eventIsAcknowledgedAndAnsweredAndTheClientReconnectsAfterADrop() throws Exception {
    platform.start();

    WebSocket first = sockets.nextConnection(WAIT);
    first.send(envelope("env-1", 0, SlackHttpModeTest.mention("Ev1", "1700000000.000100")));

    assertThat(sockets.nextReceived(WAIT)).contains("\"envelope_id\":\"env-1\"");
    FakeSlackApi.Call post = api.nextPost(WAIT);
    assertThat(post.form()).containsEntry("thread_ts", "1700000000.000100");
    assertThat(JsonText.strings(post.form().get("blocks"))).contains("*Registration* opens");

    int opened = api.connectionsOpened();
    first.closeConnection(1006, "dropped by the fake");

    WebSocket second = sockets.nextConnection(RECONNECT_WAIT);
    assertThat(api.connectionsOpened()).isGreaterThan(opened);
    second.send(envelope("env-2", 0, SlackHttpModeTest.mention("Ev2", "1700000001.000100")));

    assertThat(sockets.nextReceived(WAIT)).contains("\"envelope_id\":\"env-2\"");
    assertThat(api.nextPost(WAIT).form()).containsEntry("thread_ts", "1700000001.000100");
    // Bolt and the Slack client log through SLF4J 2 (the parent's slf4j-api) into logback.
    assertThat(logLines()).anyMatch(e -> e.getLoggerName().startsWith("com.slack.api"));
  }

  @Test
  void connectedIsLoggedAndStartReturnsOnlyOnceSlackSaysHello() throws Exception {
    sockets.holdGreetings();
    CompletableFuture<Void> started =
        CompletableFuture.runAsync(
            () -> {
              try {
                platform.start();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });

    WebSocket connection = sockets.nextConnection(WAIT);
    // The WebSocket is open, but Slack has not said hello on it: not connected yet.
    assertThat(started).isNotDone();
    assertThat(logLines()).noneMatch(e -> e.getFormattedMessage().contains("Slack connected"));

    FakeSocketModeServer.greet(connection);
    started.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

    assertThat(logLines())
        .anyMatch(e -> e.getFormattedMessage().equals("Slack connected over Socket Mode"));
  }

  @Test
  void aDisconnectAskingForARefreshMovesToANewConnectionAndLosesNoEvent() throws Exception {
    platform.start();
    WebSocket first = sockets.nextConnection(WAIT);
    int opened = api.connectionsOpened();

    // Slack's refresh: a disconnect message; the old connection still delivers for a while.
    first.send(
        "{\"type\":\"disconnect\",\"reason\":\"refresh_requested\","
            + "\"debug_info\":{\"host\":\"fake\"}}");

    WebSocket second = sockets.nextConnection(WAIT);
    assertThat(api.connectionsOpened())
        .as("a new URL from apps.connections.open")
        .isEqualTo(opened + 1);
    second.send(envelope("env-10", 0, SlackHttpModeTest.mention("Ev10", "1700000010.000100")));
    assertThat(sockets.nextReceived(WAIT)).contains("\"envelope_id\":\"env-10\"");
    assertThat(api.nextPost(WAIT).form()).containsEntry("thread_ts", "1700000010.000100");
    awaitLog(e -> e.getFormattedMessage().contains("connected over Socket Mode again"));
    awaitLog(
        e ->
            e.getFormattedMessage()
                .equals("Slack asked for a new Socket Mode connection (refresh_requested)"));
  }

  @Test
  void aDisconnectBecauseSocketModeWasTurnedOffSaysWhatToDo() throws Exception {
    platform.start();
    WebSocket connection = sockets.nextConnection(WAIT);

    connection.send(
        "{\"type\":\"disconnect\",\"reason\":\"link_disabled\","
            + "\"debug_info\":{\"host\":\"fake\"}}");

    ILoggingEvent error = awaitLog(e -> e.getFormattedMessage().contains("link_disabled"));
    assertThat(error.getLevel()).isEqualTo(ch.qos.logback.classic.Level.ERROR);
    assertThat(error.getFormattedMessage())
        .contains("Settings > Socket Mode")
        .contains("slack.mode: http");
  }

  /**
   * The lines logged so far; the appender adds under its own lock, so the copy is taken under it.
   */
  private List<ILoggingEvent> logLines() {
    synchronized (logs) {
      return List.copyOf(logs.list);
    }
  }

  private ILoggingEvent awaitLog(java.util.function.Predicate<ILoggingEvent> filter)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      for (ILoggingEvent event : logLines()) {
        if (filter.test(event)) {
          return event;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no such log line within " + WAIT);
  }

  @Test
  void anEnvelopeSentAgainBecauseItsAckWasLostIsAcknowledgedAgainButAnsweredOnce()
      throws Exception {
    platform.start();
    WebSocket connection = sockets.nextConnection(WAIT);
    String mention = SlackHttpModeTest.mention("Ev20", "1700000020.000100");

    connection.send(envelope("env-20", 0, mention));
    assertThat(sockets.nextReceived(WAIT)).contains("\"envelope_id\":\"env-20\"");
    // Slack did not get the ack in time: the same envelope again, with its retry attempt.
    connection.send(envelope("env-20", 1, mention));
    assertThat(sockets.nextReceived(WAIT)).contains("\"envelope_id\":\"env-20\"");
    connection.send(envelope("env-21", 0, SlackHttpModeTest.mention("Ev21", "1700000021.000100")));
    assertThat(sockets.nextReceived(WAIT)).contains("\"envelope_id\":\"env-21\"");

    // One answer thread, answers in order: the marker's answer next proves the retry had none.
    assertThat(api.nextPost(WAIT).form()).containsEntry("thread_ts", "1700000020.000100");
    assertThat(api.nextPost(WAIT).form()).containsEntry("thread_ts", "1700000021.000100");
    assertThat(api.posts()).isEmpty();
  }

  private static String envelope(String envelopeId, int retryAttempt, String payload) {
    return "{\"envelope_id\":\""
        + envelopeId
        + "\",\"type\":\"events_api\","
        + "\"accepts_response_payload\":false,\"retry_attempt\":"
        + retryAttempt
        + ",\"retry_reason\":\""
        + (retryAttempt == 0 ? "" : "timeout")
        + "\","
        + "\"payload\":"
        + payload
        + "}";
  }
}
