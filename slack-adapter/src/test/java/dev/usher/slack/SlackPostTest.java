package dev.usher.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usher.core.conference.Session;
import dev.usher.core.platform.BackgroundAnswers;
import dev.usher.core.platform.PostException;
import dev.usher.core.reply.Info;
import dev.usher.core.reply.SessionCards;
import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reminders: {@code post} against the fake Web API, and how Slack's refusals are translated. */
class SlackPostTest {
  private FakeSlackApi api;
  private ExecutorService executor;
  private SlackPlatform platform;

  @BeforeEach
  void start() throws Exception {
    api = new FakeSlackApi();
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
  void postSendsTheRenderedReplyToTheChannel() throws Exception {
    platform.post("C42", new Info("Today", "Keynote at 9 <!channel>"));

    FakeSlackApi.Call post = api.nextPost(Duration.ofSeconds(5));
    assertThat(post.form())
        .containsEntry("channel", "C42")
        .containsEntry("link_names", "0")
        .doesNotContainKey("thread_ts");
    assertThat(JsonText.strings(post.form().get("blocks")))
        .contains("Keynote at 9 &lt;!channel&gt;");
  }

  @Test
  void aFortySessionDayPostsWithinSlacksTotalBlockTextLimit() throws Exception {
    platform.post("C42", day(40));

    int accepted = 0;
    for (FakeSlackApi.Call post; (post = api.posts().poll()) != null; ) {
      assertThat(FakeSlackApi.refusal(post.form().get("blocks"))).isEmpty();
      assertThat(JsonText.strings(post.form().get("blocks"))).doesNotContain("more parts too long");
      accepted++;
    }
    assertThat(accepted).isBetween(2, SlackRenderer.MAX_MESSAGES);
  }

  /** A day of sessions with titles, rooms, tracks, speakers and links as real schedules have. */
  static SessionCards day(int count) {
    ZonedDateTime nine = TestBots.KEYNOTE_START;
    List<Session> sessions =
        IntStream.range(0, count)
            .mapToObj(
                i ->
                    new Session(
                        "s" + i,
                        "Scaling retrieval-augmented generation for multilingual question answering, part "
                            + i,
                        nine.plusMinutes(15L * i),
                        nine.plusMinutes(15L * i + 45),
                        Optional.of("Room " + (i % 6) + " (Main building, second floor)"),
                        Optional.of("Machine learning systems"),
                        List.of("Ada Lovelace", "Grace Hopper", "Katherine Johnson"),
                        "",
                        Optional.of(
                            URI.create("https://conference.example.org/2026/sessions/" + i))))
            .toList();
    return new SessionCards(
        "Thursday 23 April", sessions, count, Optional.empty(), TestBots.ZONE, List.of());
  }

  @Test
  void rateLimitIsRetryableAfterTheWaitSlackAskedFor() {
    api.answerPostsWith(
        new FakeSlackApi.Answer(
            429, Map.of("Retry-After", "7"), "{\"ok\":false,\"error\":\"ratelimited\"}"));

    assertThatThrownBy(() -> platform.post("C42", new Info("t", "x")))
        .isInstanceOfSatisfying(
            PostException.class,
            e -> {
              assertThat(e.retryable()).isTrue();
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
            });
  }

  @Test
  void serverErrorIsRetryable() {
    api.answerPostsWith(new FakeSlackApi.Answer(503, Map.of(), "unavailable"));

    assertThatThrownBy(() -> platform.post("C42", new Info("t", "x")))
        .isInstanceOfSatisfying(
            PostException.class,
            e -> {
              assertThat(e.retryable()).isTrue();
              assertThat(e.retryAfter()).isEmpty();
            });
  }

  @Test
  void unknownChannelAndNotInChannelAreNotRetryable() {
    for (String error : new String[] {"channel_not_found", "not_in_channel"}) {
      api.answerPostsWith(
          new FakeSlackApi.Answer(200, Map.of(), "{\"ok\":false,\"error\":\"" + error + "\"}"));

      assertThatThrownBy(() -> platform.post("C42", new Info("t", "x")))
          .isInstanceOfSatisfying(
              PostException.class,
              e -> {
                assertThat(e.retryable()).isFalse();
                assertThat(e).hasMessageContaining(error);
              });
    }
  }
}
