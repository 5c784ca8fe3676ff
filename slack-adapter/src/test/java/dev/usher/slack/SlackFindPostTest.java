package dev.usher.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.usher.core.platform.BackgroundAnswers;
import dev.usher.core.platform.PostException;
import dev.usher.core.platform.PostStatus;
import dev.usher.core.reply.Info;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reminders after a crash: keyed posts carry metadata, and {@code findPost} reads it back from the
 * channel, {@code findDirect} from the person's DM.
 */
class SlackFindPostTest {
  private static final String KEY = "daily/2026-04-24/slack/C42";
  private static final String DM_KEY = "agenda/slack/t0k/s1/2026-04-24T07:00:00Z";
  private static final Instant SINCE = Instant.parse("2026-04-24T06:00:00Z");

  private FakeSlackApi api;
  private ExecutorService executor;
  private SlackPlatform platform;

  @BeforeEach
  void start() throws Exception {
    api = new FakeSlackApi();
    api.stampMessagesFrom(SINCE.plusSeconds(60));
    executor = Executors.newSingleThreadExecutor();
    platform =
        new SlackPlatform(
            SlackSettings.from(Map.of("api_url", api.apiUrl())),
            new SlackCredentials("xoxb-test", Optional.of("xapp-test"), Optional.empty()),
            TestBots.bot(),
            new BackgroundAnswers(executor));
  }

  @AfterEach
  void stop() {
    platform.close();
    executor.shutdownNow();
    api.close();
  }

  @Test
  void keyedPostTagsEveryMessageWithTheKeyAndItsPart() throws Exception {
    platform.post("C42", twoMessageReply(), KEY);

    for (int part = 0; part < 2; part++) {
      JsonObject metadata =
          JsonParser.parseString(api.nextPost(Duration.ofSeconds(5)).form().get("metadata"))
              .getAsJsonObject();
      assertThat(metadata.get("event_type").getAsString()).isEqualTo("usher_reminder");
      JsonObject payload = metadata.getAsJsonObject("event_payload");
      assertThat(payload.get("key").getAsString()).isEqualTo(KEY);
      assertThat(payload.get("part").getAsInt()).isEqualTo(part);
      assertThat(payload.get("parts").getAsInt()).isEqualTo(2);
    }
  }

  @Test
  void untaggedPostCarriesNoMetadata() throws Exception {
    platform.post("C42", new Info("Today", "Keynote at 9"));

    assertThat(api.nextPost(Duration.ofSeconds(5)).form()).doesNotContainKey("metadata");
  }

  @Test
  void postedWithTheKeyIsFound() throws Exception {
    platform.post("C42", twoMessageReply(), KEY);

    assertThat(platform.findPost("C42", KEY, SINCE)).isEqualTo(PostStatus.FOUND);
  }

  @Test
  void findPostReadsTheChannelHistorySinceTheInstantWithMetadata() throws Exception {
    platform.findPost("C42", KEY, SINCE);

    FakeSlackApi.Call history =
        api.calls().stream()
            .filter(c -> c.method().equals("conversations.history"))
            .findFirst()
            .orElseThrow();
    assertThat(history.form())
        .containsEntry("channel", "C42")
        .containsEntry("oldest", SINCE.getEpochSecond() + ".000000")
        .containsEntry("include_all_metadata", "1");
  }

  @Test
  void nothingPostedIsNotFound() throws Exception {
    platform.post("C42", new Info("Other", "another reminder"), "daily/2026-04-23/slack/C42");

    assertThat(platform.findPost("C42", KEY, SINCE)).isEqualTo(PostStatus.NOT_FOUND);
  }

  @Test
  void postCutAfterItsFirstPartIsNotFound() throws Exception {
    api.acceptOnlyNextPosts(1);

    assertThatThrownBy(() -> platform.post("C42", twoMessageReply(), KEY))
        .isInstanceOf(PostException.class);

    assertThat(api.posts()).hasSize(2);
    assertThat(platform.findPost("C42", KEY, SINCE)).isEqualTo(PostStatus.NOT_FOUND);
  }

  @Test
  void sameKeyPostedByAnotherAppIsNotFound() throws Exception {
    api.addToHistory(
        "C42",
        "BOTHER",
        "{\"event_type\":\"usher_reminder\","
            + "\"event_payload\":{\"key\":\""
            + KEY
            + "\",\"part\":0,\"parts\":1}}");

    assertThat(platform.findPost("C42", KEY, SINCE)).isEqualTo(PostStatus.NOT_FOUND);
  }

  @Test
  void aPostThreePagesBackIsFoundByFollowingTheCursors() throws Exception {
    platform.post("C42", new Info("Today", "Keynote at 9"), KEY);
    for (int i = 0; i < 450; i++) {
      api.addToHistory("C42", "BOTHER", "null");
    }

    assertThat(platform.findPost("C42", KEY, SINCE)).isEqualTo(PostStatus.FOUND);

    List<FakeSlackApi.Call> pages = historyCalls();
    assertThat(pages).hasSize(3);
    assertThat(pages.get(0).form()).doesNotContainKey("cursor");
    assertThat(pages.get(1).form().get("cursor")).isNotBlank();
    assertThat(pages.get(2).form().get("cursor"))
        .isNotBlank()
        .isNotEqualTo(pages.get(1).form().get("cursor"));
  }

  @Test
  void aPostBeforeTheInstantIsNotLookedFor() throws Exception {
    api.stampMessagesFrom(SINCE.minusSeconds(3600));
    platform.post("C42", new Info("Today", "Keynote at 9"), KEY);

    assertThat(platform.findPost("C42", KEY, SINCE)).isEqualTo(PostStatus.NOT_FOUND);
  }

  @Test
  void aChannelBusierThanFivePagesSinceTheInstantIsUnknown() throws Exception {
    platform.post("C42", new Info("Today", "Keynote at 9"), KEY);
    for (int i = 0; i < 1_000; i++) {
      api.addToHistory("C42", "BOTHER", "null");
    }

    assertThat(platform.findPost("C42", KEY, SINCE)).isEqualTo(PostStatus.UNKNOWN);
    assertThat(historyCalls()).hasSize(5);
  }

  private List<FakeSlackApi.Call> historyCalls() {
    return api.calls().stream().filter(c -> c.method().equals("conversations.history")).toList();
  }

  @Test
  void historyTheBotMayNotReadIsUnknown() throws Exception {
    for (String error : new String[] {"missing_scope", "not_in_channel"}) {
      api.answerHistoryWith(
          new FakeSlackApi.Answer(200, Map.of(), "{\"ok\":false,\"error\":\"" + error + "\"}"));

      assertThat(platform.findPost("C42", KEY, SINCE)).as(error).isEqualTo(PostStatus.UNKNOWN);
    }
  }

  @Test
  void rateLimitedOrFailingHistoryIsRetryable() {
    for (int status : new int[] {429, 503}) {
      api.answerHistoryWith(
          new FakeSlackApi.Answer(
              status, Map.of("Retry-After", "3"), "{\"ok\":false,\"error\":\"ratelimited\"}"));

      assertThatThrownBy(() -> platform.findPost("C42", KEY, SINCE))
          .isInstanceOfSatisfying(PostException.class, e -> assertThat(e.retryable()).isTrue());
    }
  }

  @Test
  void aDirectMessageSentWithTheKeyIsFoundInThatPersonsDm() throws Exception {
    platform.postDirect("U42", new Info("Starting in 10 minutes", "Keynote"), DM_KEY);

    assertThat(platform.findDirect("U42", DM_KEY, SINCE)).isEqualTo(PostStatus.FOUND);
    assertThat(historyCalls())
        .singleElement()
        .satisfies(
            call ->
                assertThat(call.form())
                    .containsEntry("channel", "D42")
                    .containsEntry("oldest", SINCE.getEpochSecond() + ".000000")
                    .containsEntry("include_all_metadata", "1"));
  }

  @Test
  void theKeyInAChannelOrInAnotherPersonsDmIsNotFoundInThisPersonsDm() throws Exception {
    platform.post("C42", new Info("Starting in 10 minutes", "Keynote"), DM_KEY);
    platform.postDirect("U43", new Info("Starting in 10 minutes", "Keynote"), DM_KEY);

    assertThat(platform.findDirect("U42", DM_KEY, SINCE)).isEqualTo(PostStatus.NOT_FOUND);
  }

  @Test
  void aDmWithoutTheImHistoryScopeIsUnknownWhileChannelsAreStillRead() throws Exception {
    api.withholdScope("im:history");
    platform.postDirect("U42", new Info("Starting in 10 minutes", "Keynote"), DM_KEY);
    platform.post("C42", new Info("Today", "Keynote at 9"), KEY);

    assertThat(platform.findDirect("U42", DM_KEY, SINCE)).isEqualTo(PostStatus.UNKNOWN);
    assertThat(platform.findPost("C42", KEY, SINCE)).isEqualTo(PostStatus.FOUND);
  }

  @Test
  void aPersonSlackDoesNotKnowIsAPermanentRefusalOfTheLookUp() {
    assertThatThrownBy(() -> platform.findDirect("UGONE1", DM_KEY, SINCE))
        .isInstanceOfSatisfying(
            PostException.class,
            e -> {
              assertThat(e.retryable()).isFalse();
              assertThat(e.getMessage()).contains("user_not_found");
            });
    assertThat(historyCalls()).isEmpty();
  }

  /**
   * Text long enough for two messages: more block text (16,500 characters) than one message holds.
   */
  private static Info twoMessageReply() {
    String text =
        IntStream.range(0, 1_500)
            .mapToObj(i -> "word" + (10_000 + i))
            .collect(Collectors.joining(" "));
    return new Info("Long", text);
  }
}
