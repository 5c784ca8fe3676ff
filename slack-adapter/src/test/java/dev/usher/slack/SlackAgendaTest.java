package dev.usher.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.usher.core.Bot;
import dev.usher.core.agenda.AgendaOwner;
import dev.usher.core.agenda.Agendas;
import dev.usher.core.agenda.InMemoryAgendaStore;
import dev.usher.core.platform.BackgroundAnswers;
import dev.usher.core.platform.PostException;
import dev.usher.core.platform.SeenDeliveries;
import dev.usher.core.reply.Info;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The agenda on Slack, through the real Bolt app in HTTP mode against the fake Web API: slash
 * commands answered ephemerally, the .ics uploaded into the DM, the DM before a session.
 */
class SlackAgendaTest {
  private static final String SECRET = "test-signing-secret";
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String ICS =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nEND:VCALENDAR\r\n";

  private final HttpClient http = HttpClient.newHttpClient();
  private final InMemoryAgendaStore store = new InMemoryAgendaStore();
  private FakeSlackApi api;
  private ExecutorService executor;
  private SlackPlatform platform;
  private URI endpoint;

  @BeforeEach
  void start() throws Exception {
    api = new FakeSlackApi();
    executor = Executors.newSingleThreadExecutor();
    Bot bot =
        TestBots.bot()
            .withAgendas(
                new Agendas(
                    store, (name, sessions, zone) -> ICS, Optional.of(Duration.ofMinutes(10))));
    SlackSettings settings =
        SlackSettings.from(Map.of("mode", "http", "port", "0", "api_url", api.apiUrl()));
    platform =
        new SlackPlatform(
            settings,
            new SlackCredentials("xoxb-test", Optional.empty(), Optional.of(SECRET)),
            bot,
            new BackgroundAnswers(executor),
            SeenDeliveries.inMemory(100));
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
  void starViaTheSlashCommandIsAnsweredOnlyToThePersonAndKeptUnderTheirSlackId() throws Exception {
    assertThat(command("/star", "Lucene in practice", "tr-star").statusCode()).isEqualTo(200);

    String json = api.nextResponse(WAIT).body();
    assertThat(json).contains("\"response_type\":\"ephemeral\"");
    assertThat(JsonText.strings(json)).contains("Starred", "Lucene in practice");
    assertThat(store.find(new AgendaOwner("slack", "U1")).orElseThrow().stars())
        .singleElement()
        .satisfies(star -> assertThat(star.sessionId()).isEqualTo("t1"));
  }

  @Test
  void agendaIcsIsUploadedIntoTheDirectMessageWithTheV2UploadAndSaidEphemerally() throws Exception {
    command("/star", "Lucene in practice", "tr-star2");
    api.nextResponse(WAIT);

    command("/agenda", "ics", "tr-ics");

    String json = api.nextResponse(WAIT).body();
    assertThat(json).contains("\"response_type\":\"ephemeral\"");
    assertThat(JsonText.strings(json)).contains("I sent agenda.ics to you in a direct message");
    assertThat(api.sharedFiles())
        .singleElement()
        .satisfies(
            file -> {
              assertThat(file.fileName()).isEqualTo("agenda.ics");
              assertThat(file.content()).isEqualTo(ICS);
              assertThat(file.channel()).isEqualTo("D1");
            });
    assertThat(api.calls())
        .extracting(FakeSlackApi.Call::method)
        .contains(
            "conversations.open", "files.getUploadURLExternal", "files.completeUploadExternal")
        .doesNotContain("files.upload");
  }

  @Test
  void withoutFilesWriteTheAttendeeIsToldTheFileCouldNotBeSent() throws Exception {
    api.withholdScope("files:write");
    command("/star", "Lucene in practice", "tr-star3");
    api.nextResponse(WAIT);

    command("/agenda", "ics", "tr-ics2");

    assertThat(JsonText.strings(api.nextResponse(WAIT).body()))
        .contains("I could not send you agenda.ics", "missing_scope");
    assertThat(api.sharedFiles()).isEmpty();
  }

  @Test
  void aDirectMessageOpensTheConversationThenPostsWithTheKeyInItsMetadata() throws Exception {
    platform.postDirect(
        "U42", new Info("Starting in 10 minutes", "Lucene in practice"), "agenda/slack/t0k/t1/x");

    FakeSlackApi.Call post = api.nextPost(WAIT);
    assertThat(post.form()).containsEntry("channel", "D42");
    assertThat(post.form().get("metadata")).contains("agenda/slack/t0k/t1/x");
    assertThat(api.calls())
        .anySatisfy(
            call -> {
              assertThat(call.method()).isEqualTo("conversations.open");
              assertThat(call.form()).containsEntry("users", "U42");
            });
  }

  @Test
  void refusedDirectMessagesArePermanentWithSlacksErrorCode() {
    PostException bot =
        catchThrowableOfType(
            PostException.class,
            () -> platform.postDirect("UBOT", new Info("Soon", "x"), "agenda/k1"));
    PostException gone =
        catchThrowableOfType(
            PostException.class,
            () -> platform.postDirect("UGONE1", new Info("Soon", "x"), "agenda/k2"));
    api.withholdScope("im:write");
    PostException scope =
        catchThrowableOfType(
            PostException.class,
            () -> platform.postDirect("U42", new Info("Soon", "x"), "agenda/k3"));

    assertThat(List.of(bot, gone, scope)).allSatisfy(e -> assertThat(e.retryable()).isFalse());
    assertThat(bot.getMessage()).contains("cannot_dm_bot");
    assertThat(gone.getMessage()).contains("user_not_found");
    assertThat(scope.getMessage()).contains("missing_scope");
    assertThat(api.posts()).isEmpty();
  }

  private HttpResponse<String> command(String command, String text, String triggerId)
      throws Exception {
    return command(http, endpoint, api, "U1", command, text, triggerId);
  }

  /** Sends a slash command from {@code userId} in C1 as Slack does: signed, form-encoded. */
  static HttpResponse<String> command(
      HttpClient http,
      URI endpoint,
      FakeSlackApi api,
      String userId,
      String command,
      String text,
      String triggerId)
      throws Exception {
    String body =
        form(
            Map.of(
                "command",
                command,
                "text",
                text,
                "channel_id",
                "C1",
                "user_id",
                userId,
                "team_id",
                "T1",
                "trigger_id",
                triggerId,
                "response_url",
                api.responseUrl(triggerId),
                "token",
                "x"));
    long timestamp = Instant.now().getEpochSecond();
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String signature =
        "v0="
            + HexFormat.of()
                .formatHex(
                    mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
    return http.send(
        HttpRequest.newBuilder(endpoint)
            .timeout(WAIT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
            .header("X-Slack-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
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
