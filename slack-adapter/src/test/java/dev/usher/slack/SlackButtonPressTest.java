package dev.usher.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.usher.core.Bot;
import dev.usher.core.agenda.AgendaOwner;
import dev.usher.core.agenda.Agendas;
import dev.usher.core.agenda.InMemoryAgendaStore;
import dev.usher.core.agenda.Star;
import dev.usher.core.platform.BackgroundAnswers;
import dev.usher.core.questions.InMemoryQuestionLog;
import dev.usher.core.questions.LoggedQuestion;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The feedback buttons under an answer, through the real Bolt Socket Mode client: the answer's
 * {@code actions} block, then a click as Slack delivers it (an {@code interactive} envelope with a
 * {@code block_actions} payload), acknowledged at once, recorded, and thanked for ephemerally.
 */
class SlackButtonPressTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final InMemoryQuestionLog questions = new InMemoryQuestionLog();
  private FakeSocketModeServer sockets;
  private ExecutorService executor;
  private FakeSlackApi api;
  private SlackPlatform platform;

  @BeforeEach
  void fakes() throws Exception {
    sockets = new FakeSocketModeServer();
    sockets.start();
    executor = Executors.newSingleThreadExecutor();
    api = new FakeSlackApi();
    api.socketUrl(sockets.url());
    platform = socketModePlatform(TestBots.bot(questions));
  }

  /** A Socket Mode platform against the fakes, answering with {@code bot} on {@link #executor}. */
  private SlackPlatform socketModePlatform(Bot bot) {
    return new SlackPlatform(
        SlackSettings.from(Map.of("api_url", api.apiUrl())),
        new SlackCredentials("xoxb-test", Optional.of("xapp-test"), Optional.empty()),
        bot,
        new BackgroundAnswers(executor));
  }

  @AfterEach
  void stop() throws Exception {
    platform.close();
    executor.shutdown();
    executor.awaitTermination(5, TimeUnit.SECONDS);
    api.close();
    sockets.stop(1000);
  }

  @Test
  void aClickOnNotHelpfulIsAcknowledgedRecordedAndThankedForEphemerally() throws Exception {
    platform.start();
    WebSocket connection = sockets.nextConnection(WAIT);
    connection.send(
        envelope("env-1", "events_api", SlackHttpModeTest.mention("Ev1", "1700000000.000100")));
    assertThat(sockets.nextReceived(WAIT)).contains("\"envelope_id\":\"env-1\"");
    JsonArray blocks =
        JsonParser.parseString(api.nextPost(WAIT).form().get("blocks")).getAsJsonArray();
    JsonObject actions = blocks.get(blocks.size() - 1).getAsJsonObject();
    assertThat(actions.get("type").getAsString()).isEqualTo("actions");
    JsonObject notHelpful = actions.getAsJsonArray("elements").get(1).getAsJsonObject();
    assertThat(notHelpful.getAsJsonObject("text").get("text").getAsString())
        .isEqualTo("Not helpful");

    connection.send(
        envelope(
            "env-2",
            "interactive",
            blockActions(notHelpful, api.responseUrl("click-1"), "1700000001.000200")));

    assertThat(sockets.nextReceived(WAIT)).contains("\"envelope_id\":\"env-2\"");
    FakeSlackApi.Call thanks = api.responses().poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    assertThat(thanks).isNotNull();
    JsonObject body = JsonParser.parseString(thanks.body()).getAsJsonObject();
    assertThat(body.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(body.get("replace_original").getAsBoolean()).isFalse();
    assertThat(JsonText.strings(body.get("blocks").toString())).contains("Thanks");
    LoggedQuestion logged = questions.since(Instant.EPOCH).get(0);
    assertThat(logged.feedback()).contains(LoggedQuestion.Feedback.NOT_HELPFUL);
    assertThat(logged.platform()).isEqualTo("slack");
    assertThat(logged.channel()).isEqualTo("C1");
    assertThat(logged.toString()).doesNotContain("U1");
  }

  @Test
  void aClickOnASessionCardsStarButtonStarsThatSessionForTheClickerAlone() throws Exception {
    InMemoryAgendaStore store = new InMemoryAgendaStore();
    platform.close();
    platform =
        socketModePlatform(
            TestBots.bot(questions)
                .withAgendas(new Agendas(store, (name, sessions, zone) -> "", Optional.empty())));
    platform.start();
    WebSocket connection = sockets.nextConnection(WAIT);
    connection.send(
        envelope(
            "env-1",
            "events_api",
            SlackHttpModeTest.event(
                "Ev1",
                """
        {"type":"app_mention","user":"U1","text":"<@UBOT> when is lucene in practice",\
        "ts":"1700000000.000100","channel":"C1","event_ts":"1700000000.000100"}""")));
    assertThat(sockets.nextReceived(WAIT)).contains("\"envelope_id\":\"env-1\"");
    JsonArray blocks =
        JsonParser.parseString(api.nextPost(WAIT).form().get("blocks")).getAsJsonArray();
    JsonObject actions = blocks.get(blocks.size() - 1).getAsJsonObject();
    assertThat(actions.get("type").getAsString()).as(blocks.toString()).isEqualTo("actions");
    JsonObject star = actions.getAsJsonArray("elements").get(0).getAsJsonObject();
    assertThat(star.getAsJsonObject("text").get("text").getAsString())
        .isEqualTo("Star: Lucene in practice");

    connection.send(
        envelope(
            "env-2",
            "interactive",
            blockActions(star, api.responseUrl("click-1"), "1700000001.000200")));

    assertThat(sockets.nextReceived(WAIT)).contains("\"envelope_id\":\"env-2\"");
    FakeSlackApi.Call reply = api.responses().poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    assertThat(reply).isNotNull();
    JsonObject body = JsonParser.parseString(reply.body()).getAsJsonObject();
    assertThat(body.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(JsonText.strings(body.get("blocks").toString())).contains("Starred");
    assertThat(store.find(new AgendaOwner("slack", "U1")).orElseThrow().stars())
        .extracting(Star::sessionId)
        .containsExactly("t1");
  }

  @Test
  void theFakeRefusesActionsBlocksSlackRefuses() {
    String tooLongLabel =
        "[{\"type\":\"actions\",\"elements\":[{\"type\":\"button\",\"action_id\":\"a\","
            + "\"text\":{\"type\":\"plain_text\",\"text\":\""
            + "x".repeat(76)
            + "\"}}]}]";
    String repeated =
        "[{\"type\":\"actions\",\"elements\":["
            + "{\"type\":\"button\",\"action_id\":\"a\",\"text\":{\"type\":\"plain_text\",\"text\":\"x\"}},"
            + "{\"type\":\"button\",\"action_id\":\"a\",\"text\":{\"type\":\"plain_text\",\"text\":\"y\"}}]}]";
    String fine =
        "[{\"type\":\"actions\",\"elements\":[{\"type\":\"button\",\"action_id\":\"a\","
            + "\"value\":\"a\",\"text\":{\"type\":\"plain_text\",\"text\":\"Helpful\"}}]}]";

    assertThat(FakeSlackApi.refusal(tooLongLabel)).contains("invalid_blocks");
    assertThat(FakeSlackApi.refusal(repeated)).contains("invalid_blocks");
    assertThat(FakeSlackApi.refusal(fine)).isEmpty();
  }

  @Test
  void aClickWhoseEnvelopeIsSentAgainIsRecordedOnceAndAnotherClickAgain() throws Exception {
    FeedbackRecordingLog log = new FeedbackRecordingLog();
    platform.close();
    platform = socketModePlatform(TestBots.bot(log));
    platform.start();
    WebSocket connection = sockets.nextConnection(WAIT);
    connection.send(
        envelope("env-1", "events_api", SlackHttpModeTest.mention("Ev1", "1700000000.000100")));
    assertThat(sockets.nextReceived(WAIT)).contains("\"envelope_id\":\"env-1\"");
    JsonArray elements = feedbackButtons(api.nextPost(WAIT));
    String notHelpful =
        blockActions(
            elements.get(1).getAsJsonObject(), api.responseUrl("click-1"), "1700000001.000200");

    connection.send(envelope("env-2", "interactive", notHelpful));
    assertThat(sockets.nextReceived(WAIT)).contains("\"envelope_id\":\"env-2\"");
    // Slack did not get the ack in time: the same envelope again, with its retry attempt.
    connection.send(
        envelope("env-2", "interactive", notHelpful)
            .replace("\"retry_attempt\":0", "\"retry_attempt\":1"));
    assertThat(sockets.nextReceived(WAIT)).contains("\"envelope_id\":\"env-2\"");
    // The attendee changes their mind: a new click, a new action_ts.
    connection.send(
        envelope(
            "env-3",
            "interactive",
            blockActions(
                elements.get(0).getAsJsonObject(),
                api.responseUrl("click-2"),
                "1700000002.000300")));
    assertThat(sockets.nextReceived(WAIT)).contains("\"envelope_id\":\"env-3\"");

    // One answer thread, clicks in order: the second click's thanks next proves the retry had none.
    assertThat(api.responses().poll(WAIT.toMillis(), TimeUnit.MILLISECONDS).form().get("path"))
        .endsWith("click-1");
    assertThat(api.responses().poll(WAIT.toMillis(), TimeUnit.MILLISECONDS).form().get("path"))
        .endsWith("click-2");
    assertThat(api.responses()).isEmpty();
    assertThat(log.feedbacks())
        .containsExactly(LoggedQuestion.Feedback.NOT_HELPFUL, LoggedQuestion.Feedback.HELPFUL);
    assertThat(log.since(Instant.EPOCH).get(0).feedback())
        .contains(LoggedQuestion.Feedback.HELPFUL);
  }

  /** The Helpful / Not helpful buttons of an answer posted with {@code chat.postMessage}. */
  static JsonArray feedbackButtons(FakeSlackApi.Call post) {
    JsonArray blocks = JsonParser.parseString(post.form().get("blocks")).getAsJsonArray();
    JsonObject actions = blocks.get(blocks.size() - 1).getAsJsonObject();
    assertThat(actions.get("type").getAsString()).as(blocks.toString()).isEqualTo("actions");
    JsonArray elements = actions.getAsJsonArray("elements");
    assertThat(elements.get(0).getAsJsonObject().getAsJsonObject("text").get("text").getAsString())
        .isEqualTo("Helpful");
    return elements;
  }

  /**
   * A {@code block_actions} payload as Slack sends it for a click on {@code button} at {@code
   * actionTs} (each click has its own).
   */
  static String blockActions(JsonObject button, String responseUrl, String actionTs) {
    JsonObject action = new JsonObject();
    action.addProperty("type", "button");
    action.addProperty("block_id", "b1");
    action.addProperty("action_id", button.get("action_id").getAsString());
    action.addProperty("value", button.get("value").getAsString());
    action.add("text", button.get("text"));
    action.addProperty("action_ts", actionTs);
    JsonObject payload = new JsonObject();
    payload.addProperty("type", "block_actions");
    payload.add("user", object("id", "U1"));
    payload.addProperty("api_app_id", "A1");
    payload.addProperty("token", "x");
    payload.add("team", object("id", "T1"));
    payload.add("channel", object("id", "C1"));
    payload.addProperty("trigger_id", "1.2.abc");
    payload.addProperty("response_url", responseUrl);
    JsonObject container = object("type", "message");
    container.addProperty("message_ts", "1700000000.000200");
    container.addProperty("channel_id", "C1");
    payload.add("container", container);
    JsonArray actions = new JsonArray();
    actions.add(action);
    payload.add("actions", actions);
    return payload.toString();
  }

  private static JsonObject object(String key, String value) {
    JsonObject object = new JsonObject();
    object.addProperty(key, value);
    return object;
  }

  private static String envelope(String envelopeId, String type, String payload) {
    return "{\"envelope_id\":\""
        + envelopeId
        + "\",\"type\":\""
        + type
        + "\","
        + "\"accepts_response_payload\":"
        + type.equals("interactive")
        + ",\"retry_attempt\":0,"
        + "\"retry_reason\":\"\",\"payload\":"
        + payload
        + "}";
  }
}
