package dev.usher.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import dev.usher.core.platform.BackgroundAnswers;
import dev.usher.core.platform.SeenDeliveries;
import dev.usher.core.questions.LoggedQuestion;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The real Bolt app in HTTP mode, behind our HTTP server, its Web API calls going to a fake. */
class SlackHttpModeTest {
  private static final String SECRET = "test-signing-secret";
  private static final Duration WAIT = Duration.ofSeconds(10);

  /** The answer queue, bounded as the app bounds it. */
  private static final int QUEUE = 4;

  private final HttpClient http = HttpClient.newHttpClient();
  private FakeSlackApi api;
  private ThreadPoolExecutor executor;

  /** What the app keeps in a file across restarts; here shared by the platforms a test starts. */
  private final SeenDeliveries seen = SeenDeliveries.inMemory(100);

  private final FeedbackRecordingLog questions = new FeedbackRecordingLog();
  private SlackPlatform platform;
  private URI endpoint;

  @BeforeEach
  void start() throws Exception {
    api = new FakeSlackApi();
    // One thread: answers are posted in the order events arrive, so "nothing before the marker"
    // proves a retried event was not answered.
    executor =
        new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE));
    startPlatform();
  }

  private void startPlatform() throws Exception {
    SlackSettings settings =
        SlackSettings.from(
            Map.of(
                "mode",
                "http",
                "port",
                "0",
                "api_url",
                api.apiUrl(),
                "commands",
                Map.of("ask", "usher-ask"),
                "organizers",
                List.of("UORGANIZER")));
    platform =
        new SlackPlatform(
            settings,
            new SlackCredentials(
                "xoxb-test", java.util.Optional.empty(), java.util.Optional.of(SECRET)),
            TestBots.bot(questions),
            new BackgroundAnswers(executor),
            seen);
    platform.start();
    endpoint =
        URI.create("http://127.0.0.1:" + platform.httpPort().orElseThrow() + SlackHttpServer.PATH);
  }

  @AfterEach
  void stop() throws InterruptedException {
    platform.close();
    executor.shutdown();
    executor.awaitTermination(5, TimeUnit.SECONDS);
    api.close();
  }

  @Test
  void mentionIsAnsweredInAThreadWithEscapedBlocksAndNoMentionsOrUnfurls() throws Exception {
    HttpResponse<String> ack = send(mention("Ev1", "1700000000.000200"), now(), null);

    assertThat(ack.statusCode()).isEqualTo(200);
    FakeSlackApi.Call post = api.nextPost(WAIT);
    assertThat(post.form())
        .containsEntry("channel", "C1")
        .containsEntry("thread_ts", "1700000000.000200")
        .containsEntry("link_names", "0")
        .containsEntry("unfurl_links", "0")
        .containsEntry("unfurl_media", "0");
    String blocks = JsonText.strings(post.form().get("blocks"));
    assertThat(blocks)
        .contains("*Registration* opens at 8:00")
        .contains("&lt;!channel&gt; &amp; &lt;@U999&gt;")
        .contains("<https://example.org/venue?a=1&amp;b=2|Venue guide \u203a Arrival>")
        .doesNotContain("<!channel>")
        .doesNotContain("<@U999>");
    assertThat(post.form().get("text")).doesNotContain("<!channel>");
  }

  @Test
  void aDocumentsTitleCannotShowALinkOrMentionInTheSourceLine() throws Exception {
    String lockers =
        event(
            "EvLockers",
            """
        {"type":"app_mention","user":"U1","text":"<@UBOT> where are the lockers?",\
        "ts":"1700000000.000300","channel":"C1","event_ts":"1700000000.000300"}""");

    assertThat(send(lockers, now(), null).statusCode()).isEqualTo(200);

    String blocks = JsonText.strings(api.nextPost(WAIT).form().get("blocks"));
    assertThat(blocks)
        .contains(
            "From &lt;https:\u200B//iclr-refunds.example|Official refund desk&gt; &amp; &lt;!here&gt;"
                + " (`docs/refunds.html`)")
        .doesNotContain("<https://iclr-refunds", "<!here>");
  }

  @Test
  void directMessageIsAnsweredInTheConversation() throws Exception {
    String dm =
        event(
            "Ev2",
            """
        {"type":"message","channel_type":"im","user":"U1","text":"where is registration?",\
        "ts":"1700000001.000100","channel":"D1","event_ts":"1700000001.000100"}""");

    assertThat(send(dm, now(), null).statusCode()).isEqualTo(200);

    FakeSlackApi.Call post = api.nextPost(WAIT);
    assertThat(post.form()).containsEntry("channel", "D1").doesNotContainKey("thread_ts");
    assertThat(JsonText.strings(post.form().get("blocks"))).contains("Registration");
  }

  @Test
  void directMessagesOfEverySubtypeAreAcknowledgedAndTheOnesWithTextAnswered() throws Exception {
    String fileShare =
        event(
            "Ev30",
            """
        {"type":"message","subtype":"file_share","channel_type":"im","user":"U1",\
        "text":"where is registration?","files":[{"id":"F1","name":"map.png"}],\
        "ts":"1700000030.000100","channel":"D30","event_ts":"1700000030.000100"}""");
    String broadcast =
        event(
            "Ev31",
            """
        {"type":"message","subtype":"thread_broadcast","channel_type":"im","user":"U1",\
        "text":"where is registration?","thread_ts":"1700000030.000100",\
        "root":{"ts":"1700000030.000100"},"ts":"1700000031.000100","channel":"D31",\
        "event_ts":"1700000031.000100"}""");
    String me =
        event(
            "Ev32",
            """
        {"type":"message","subtype":"me_message","channel_type":"im","user":"U1",\
        "text":"where is registration?","ts":"1700000032.000100","channel":"D32",\
        "event_ts":"1700000032.000100"}""");
    String bot =
        event(
            "Ev33",
            """
        {"type":"message","subtype":"bot_message","channel_type":"im","bot_id":"BOTHER",\
        "text":"where is registration?","ts":"1700000033.000100","channel":"D33",\
        "event_ts":"1700000033.000100"}""");
    String joined =
        event(
            "Ev34",
            """
        {"type":"message","subtype":"channel_join","channel_type":"channel","user":"U1",\
        "text":"<@U1> has joined the channel","ts":"1700000034.000100","channel":"C34",\
        "event_ts":"1700000034.000100"}""");

    for (String event : List.of(fileShare, broadcast, me, bot, joined)) {
      assertThat(send(event, now(), null).statusCode()).as(event).isEqualTo(200);
    }
    send(mention("Ev35", "1700000035.000100"), now(), null);

    List<String> channels = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      FakeSlackApi.Call post = api.nextPost(WAIT);
      channels.add(post.form().get("channel"));
      assertThat(JsonText.strings(post.form().get("blocks"))).contains("Registration");
    }
    assertThat(channels).containsExactly("D30", "D31", "D32", "C1");
    assertThat(api.posts()).isEmpty();
  }

  @Test
  void whenEveryAnswerThreadIsBusyAndTheQueueFullTheUserIsToldSoAtOnce() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    for (int i = 0; i < 1 + QUEUE; i++) {
      executor.execute(
          () -> {
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
    }
    try {
      String command =
          form(
              Map.of(
                  "command",
                  "/usher-ask",
                  "text",
                  "when does registration open?",
                  "channel_id",
                  "C1",
                  "user_id",
                  "U1",
                  "team_id",
                  "T1",
                  "trigger_id",
                  "tr40",
                  "response_url",
                  api.responseUrl("40"),
                  "token",
                  "x"));

      HttpResponse<String> ack = send(command, now(), null);
      HttpResponse<String> mentionAck = send(mention("Ev40", "1700000040.000100"), now(), null);

      assertThat(ack.statusCode()).isEqualTo(200);
      assertThat(JsonText.strings(ack.body())).contains("ephemeral").contains("busy");
      assertThat(mentionAck.statusCode()).isEqualTo(200);
      FakeSlackApi.Call busy = api.nextPost(WAIT);
      assertThat(busy.form()).containsEntry("thread_ts", "1700000040.000100");
      assertThat(busy.form().get("text")).contains("busy");
    } finally {
      release.countDown();
    }
  }

  @Test
  @Tag("slow")
  void aClientThatSendsHeadersButNoBodyHoldsOnlyItselfAndIsCutOffAtTheDeadline() throws Exception {
    try (Socket stalled = new Socket(InetAddress.getLoopbackAddress(), endpoint.getPort())) {
      stalled.setSoTimeout((int) SlackHttpServer.BODY_DEADLINE.multipliedBy(3).toMillis());
      OutputStream out = stalled.getOutputStream();
      out.write(
          ("POST "
                  + SlackHttpServer.PATH
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + "Content-Type: application/json\r\nContent-Length: 500\r\n"
                  + "X-Slack-Request-Timestamp: "
                  + now()
                  + "\r\nX-Slack-Signature: v0="
                  + "0".repeat(64)
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long start = System.nanoTime();

      send(mention("Ev50", "1700000050.000100"), now(), null);
      assertThat(api.nextPost(WAIT).form()).containsEntry("thread_ts", "1700000050.000100");
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isLessThan(SlackHttpServer.BODY_DEADLINE);

      // The stalled connection is closed once its body is overdue: end of stream, or a reset.
      int read;
      try {
        read = stalled.getInputStream().read();
      } catch (java.net.SocketException reset) {
        read = -1;
      }
      assertThat(read).isEqualTo(-1);
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(SlackHttpServer.BODY_DEADLINE.minusMillis(100));
    }
  }

  @Test
  void anUnsignedRequestIsRefusedBeforeItsBodyIsRead() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(mention("Ev51", "1700000051.000100")))
            .build();

    assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(401);
  }

  @Test
  void listensOnLoopbackUnlessToldOtherwise() {
    assertThat(platform.httpAddress().orElseThrow().getAddress().isLoopbackAddress()).isTrue();
    assertThat(SlackSettings.from(Map.of("bind", "0.0.0.0")).bind()).isEqualTo("0.0.0.0");
  }

  @Test
  void retriedEventIsAnsweredOnce() throws Exception {
    String first = mention("Ev3", "1700000002.000100");
    send(first, now(), null);
    HttpResponse<String> retry = send(first, now(), "1");
    send(mention("Ev4", "1700000003.000100"), now(), null);

    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(api.nextPost(WAIT).form()).containsEntry("thread_ts", "1700000002.000100");
    assertThat(api.nextPost(WAIT).form()).containsEntry("thread_ts", "1700000003.000100");
    assertThat(api.posts()).isEmpty();
  }

  @Test
  void aRetryThatArrivesAfterARestartIsNotAnsweredAgain() throws Exception {
    String first = mention("Ev60", "1700000060.000100");
    send(first, now(), null);
    assertThat(api.nextPost(WAIT).form()).containsEntry("thread_ts", "1700000060.000100");

    platform.close();
    startPlatform();
    HttpResponse<String> retry = send(first, now(), "1");
    send(mention("Ev61", "1700000061.000100"), now(), null);

    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(api.nextPost(WAIT).form()).containsEntry("thread_ts", "1700000061.000100");
    assertThat(api.posts()).isEmpty();
  }

  @Test
  void aRetriedButtonClickIsRecordedOnceAndAnotherClickAgain() throws Exception {
    send(mention("Ev70", "1700000070.000100"), now(), null);
    JsonArray buttons = SlackButtonPressTest.feedbackButtons(api.nextPost(WAIT));
    String notHelpful = click(buttons.get(1), api.responseUrl("click-70"), "1700000071.000100");

    HttpResponse<String> first = send(notHelpful, now(), null);
    HttpResponse<String> retry = send(notHelpful, now(), "1");
    HttpResponse<String> helpful =
        send(click(buttons.get(0), api.responseUrl("click-72"), "1700000072.000100"), now(), null);

    assertThat(List.of(first.statusCode(), retry.statusCode(), helpful.statusCode()))
        .containsOnly(200);
    // One answer thread, clicks in order: the second click's thanks next proves the retry had none.
    assertThat(api.responses().poll(WAIT.toMillis(), TimeUnit.MILLISECONDS).form().get("path"))
        .endsWith("click-70");
    assertThat(api.responses().poll(WAIT.toMillis(), TimeUnit.MILLISECONDS).form().get("path"))
        .endsWith("click-72");
    assertThat(api.responses()).isEmpty();
    assertThat(questions.feedbacks())
        .containsExactly(LoggedQuestion.Feedback.NOT_HELPFUL, LoggedQuestion.Feedback.HELPFUL);
  }

  /** A click as Slack posts it in HTTP mode: the {@code block_actions} JSON in a form field. */
  private static String click(JsonElement button, String responseUrl, String actionTs) {
    return form(
        Map.of(
            "payload",
            SlackButtonPressTest.blockActions(button.getAsJsonObject(), responseUrl, actionTs)));
  }

  @Test
  void aReplayedSignedSlashCommandIsAnsweredOnce() throws Exception {
    String command =
        form(
            Map.of(
                "command",
                "/usher-ask",
                "text",
                "when does registration open?",
                "channel_id",
                "C1",
                "user_id",
                "U1",
                "team_id",
                "T1",
                "trigger_id",
                "tr62",
                "response_url",
                api.responseUrl("62"),
                "token",
                "x"));
    long signedAt = now();
    assertThat(send(command, signedAt, null).statusCode()).isEqualTo(200);
    assertThat(api.nextResponse(WAIT).body()).contains("Registration");

    HttpResponse<String> replay = send(command, signedAt, null);
    String marker =
        form(
            Map.of(
                "command",
                "/usher-ask",
                "text",
                "when does registration open?",
                "channel_id",
                "C1",
                "user_id",
                "U1",
                "team_id",
                "T1",
                "trigger_id",
                "tr63",
                "response_url",
                api.responseUrl("63"),
                "token",
                "x"));
    send(marker, now(), null);

    assertThat(replay.statusCode()).isEqualTo(200);
    assertThat(replay.body()).isEmpty();
    // One thread answers in order: the next response being the marker's proves the replay was not.
    assertThat(api.nextResponse(WAIT).form()).containsEntry("path", "/respond/63");
    assertThat(api.responses()).isEmpty();
  }

  @Test
  void signedBodiesThatAreNotSlackRequestsAre400AndTheServerGoesOn() throws Exception {
    List<String> malformed =
        List.of(
            "{not json",
            "[]",
            "{}",
            "{\"type\":\"event_callback\",\"event_id\":\"Ev70\"}",
            "{\"type\":\"event_callback\",\"event_id\":\"Ev71\",\"event\":{}}",
            event(
                "",
                """
            {"type":"app_mention","user":"U1","text":"<@UBOT> hi","ts":"1.2","channel":"C1"}"""),
            "command=%2Fusher-ask&text=hi",
            "hello=world",
            "payload=%7Bbroken");

    for (String body : malformed) {
      assertThat(send(body, now(), null).statusCode()).as(body).isEqualTo(400);
    }

    send(mention("Ev72", "1700000072.000100"), now(), null);
    assertThat(api.nextPost(WAIT).form()).containsEntry("thread_ts", "1700000072.000100");
    assertThat(api.posts()).isEmpty();
  }

  @Test
  void reloadByAListedOrganizerOrAWorkspaceAdminIsRunAndAnsweredToThemOnly() throws Exception {
    api.workspaceAdmin("UADMIN");

    for (String user : List.of("UORGANIZER", "UADMIN")) {
      assertThat(send(reload(user, "tr-reload-" + user), now(), null).statusCode()).isEqualTo(200);

      String json = api.nextResponse(WAIT).body();
      assertThat(json).as(user).contains("\"response_type\":\"ephemeral\"");
      assertThat(JsonText.strings(json)).as(user).contains("Reloaded").contains("passages");
    }
    assertThat(api.calls())
        .as("a listed organizer needs no look-up")
        .filteredOn(c -> c.method().equals("users.info"))
        .singleElement()
        .satisfies(c -> assertThat(c.form()).containsEntry("user", "UADMIN"));
  }

  @Test
  void reloadByAnAttendeeIsRefusedByTheCoreAndNotRun() throws Exception {
    assertThat(send(reload("UATTENDEE", "tr-reload-attendee"), now(), null).statusCode())
        .isEqualTo(200);

    String json = api.nextResponse(WAIT).body();
    assertThat(json).contains("\"response_type\":\"ephemeral\"");
    assertThat(JsonText.strings(json)).contains("Organizers only").doesNotContain("Reloaded");
  }

  private String reload(String user, String triggerId) {
    return form(
        Map.of(
            "command",
            "/reload",
            "text",
            "",
            "channel_id",
            "C1",
            "user_id",
            user,
            "team_id",
            "T1",
            "trigger_id",
            triggerId,
            "response_url",
            api.responseUrl(triggerId),
            "token",
            "x"));
  }

  @Test
  void slashCommandIsAcknowledgedAndAnsweredThroughTheResponseUrl() throws Exception {
    String body =
        form(
            Map.of(
                "command",
                "/schedule",
                "text",
                "tomorrow room=Hall A",
                "channel_id",
                "C1",
                "user_id",
                "U1",
                "team_id",
                "T1",
                "trigger_id",
                "tr1",
                "response_url",
                api.responseUrl("1"),
                "token",
                "x"));

    HttpResponse<String> ack = send(body, now(), null);

    assertThat(ack.statusCode()).isEqualTo(200);
    String json = api.nextResponse(WAIT).body();
    String response = JsonText.strings(json);
    assertThat(json).contains("\"response_type\":\"in_channel\"");
    assertThat(response)
        .contains("Opening keynote &lt;!here&gt;")
        .contains(
            "<!date^" + TestBots.KEYNOTE_START.toEpochSecond() + "^{date_short_pretty} {time}|")
        .contains("America/Sao_Paulo (conference time)")
        .doesNotContain("Lucene in practice");
  }

  @Test
  void aCommandInTheFormRepliesSuggestReadsAsInTheConsole() throws Exception {
    String body =
        form(
            Map.of(
                "command",
                "/schedule",
                "text",
                "tomorrow --room \"Hall A\"",
                "channel_id",
                "C1",
                "user_id",
                "U1",
                "team_id",
                "T1",
                "trigger_id",
                "tr64",
                "response_url",
                api.responseUrl("64"),
                "token",
                "x"));

    assertThat(send(body, now(), null).statusCode()).isEqualTo(200);

    assertThat(JsonText.strings(api.nextResponse(WAIT).body()))
        .contains("Opening keynote")
        .doesNotContain("Lucene in practice");
  }

  @Test
  void aMentionsAnswerRateLimitedBySlackIsPostedAfterTheRetryAfter() throws Exception {
    api.rateLimitNext("chat.postMessage", 1, 1);

    send(mention("Ev20", "1700000020.000100"), now(), null);

    FakeSlackApi.Call limited = api.nextPost(WAIT);
    FakeSlackApi.Call retried = api.nextPost(WAIT);
    assertThat(JsonText.strings(limited.form().get("blocks"))).contains("*Registration* opens");
    assertThat(JsonText.strings(retried.form().get("blocks")))
        .contains("*Registration* opens")
        .doesNotContain("Something went wrong");
    assertThat(retried.form()).containsEntry("thread_ts", "1700000020.000100");
  }

  @Test
  void aSlashCommandsAnswerRateLimitedOnTheResponseUrlIsRetried() throws Exception {
    api.rateLimitNext("respond", 1, 1);
    String body =
        form(
            Map.of(
                "command",
                "/usher-ask",
                "text",
                "when does registration open?",
                "channel_id",
                "C1",
                "user_id",
                "U1",
                "team_id",
                "T1",
                "trigger_id",
                "tr20",
                "response_url",
                api.responseUrl("20"),
                "token",
                "x"));

    assertThat(send(body, now(), null).statusCode()).isEqualTo(200);

    api.nextResponse(WAIT);
    assertThat(JsonText.strings(api.nextResponse(WAIT).body()))
        .contains("*Registration* opens")
        .doesNotContain("Something went wrong");
  }

  @Test
  void renamedSlashCommandAsksTheBot() throws Exception {
    String body =
        form(
            Map.of(
                "command",
                "/usher-ask",
                "text",
                "when does registration open?",
                "channel_id",
                "C1",
                "user_id",
                "U1",
                "team_id",
                "T1",
                "trigger_id",
                "tr2",
                "response_url",
                api.responseUrl("2"),
                "token",
                "x"));

    assertThat(send(body, now(), null).statusCode()).isEqualTo(200);

    assertThat(JsonText.strings(api.nextResponse(WAIT).body())).contains("*Registration* opens");
  }

  @Test
  void slashCommandWithoutItsRequiredTextGetsUsageAtOnce() throws Exception {
    String body =
        form(
            Map.of(
                "command",
                "/speaker",
                "text",
                " ",
                "channel_id",
                "C1",
                "user_id",
                "U1",
                "team_id",
                "T1",
                "trigger_id",
                "tr3",
                "response_url",
                api.responseUrl("3"),
                "token",
                "x"));

    HttpResponse<String> ack = send(body, now(), null);

    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(JsonText.strings(ack.body()))
        .contains("ephemeral")
        .contains("Usage: /speaker name=");
  }

  @Test
  void requestWithABadSignatureIsRejected() throws Exception {
    String body = mention("Ev5", "1700000004.000100");
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/json")
            .header("X-Slack-Request-Timestamp", String.valueOf(now()))
            .header("X-Slack-Signature", "v0=" + "0".repeat(64))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();

    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
    send(mention("Ev6", "1700000005.000100"), now(), null);
    assertThat(api.nextPost(WAIT).form()).containsEntry("thread_ts", "1700000005.000100");
    assertThat(api.posts()).isEmpty();
  }

  @Test
  void requestSignedMoreThanFiveMinutesAgoIsRejected() throws Exception {
    HttpResponse<String> response = send(mention("Ev7", "1700000006.000100"), now() - 6 * 60, null);

    assertThat(response.statusCode()).isEqualTo(401);
    send(mention("Ev8", "1700000007.000100"), now(), null);
    assertThat(api.nextPost(WAIT).form()).containsEntry("thread_ts", "1700000007.000100");
    assertThat(api.posts()).isEmpty();
  }

  private HttpResponse<String> send(String body, long timestamp, String retryNum) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .timeout(WAIT)
            .header(
                "Content-Type",
                body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded")
            .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
            .header("X-Slack-Signature", sign(timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (retryNum != null) {
      request.header("X-Slack-Retry-Num", retryNum).header("X-Slack-Retry-Reason", "http_timeout");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Slack's v0 signature: HMAC-SHA256 of {@code v0:timestamp:body} with the signing secret. */
  private static String sign(long timestamp, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
    return "v0=" + HexFormat.of().formatHex(digest);
  }

  private static long now() {
    return Instant.now().getEpochSecond();
  }

  static String mention(String eventId, String ts) {
    return event(
        eventId,
        """
        {"type":"app_mention","user":"U1","text":"<@UBOT> when does registration open?",\
        "ts":"%s","channel":"C1","event_ts":"%s"}"""
            .formatted(ts, ts));
  }

  static String event(String eventId, String event) {
    return """
        {"token":"x","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"%s",\
        "event_time":1700000000,"event":%s}"""
        .formatted(eventId, event);
  }

  private static String form(Map<String, String> fields) {
    StringBuilder body = new StringBuilder();
    fields.forEach(
        (k, v) ->
            body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return body.toString();
  }
}
