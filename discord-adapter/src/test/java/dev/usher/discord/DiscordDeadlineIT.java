package dev.usher.discord;

import static dev.usher.discord.FakeDiscord.APP_ID;
import static dev.usher.discord.FakeDiscord.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.usher.core.Bot;
import dev.usher.core.conference.Conference;
import dev.usher.core.platform.BackgroundAnswers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Discord's 3-second deadline while every answer thread is busy: the real JDA client against the
 * strict fake Discord, with an answer executor of one thread and a queue of one, as the app bounds
 * it. Deferrals and autocomplete must not wait behind answers, and a question that finds the queue
 * full is told "busy" at once.
 */
class DiscordDeadlineIT {
  /** Discord's deadline for the initial response. */
  private static final Duration DEADLINE = FakeDiscord.INITIAL_RESPONSE_DEADLINE;

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final SlowKnowledge knowledge = new SlowKnowledge(TestKnowledge.material());
  private FakeDiscord discord;
  private ThreadPoolExecutor answers;
  private DiscordPlatform platform;

  @BeforeEach
  void connect() throws Exception {
    discord = new FakeDiscord();
    answers = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1));
    Conference conference =
        new Conference("ICLR 2026", TestKnowledge.ZONE, Optional.empty(), Optional.empty());
    Bot bot =
        new Bot(
            conference,
            knowledge,
            Clock.fixed(Instant.parse("2026-04-23T12:30:00Z"), TestKnowledge.ZONE));
    platform =
        new DiscordPlatform(
            FakeDiscord.TOKEN,
            new DiscordSettings(List.of(GUILD_ID)),
            bot,
            new BackgroundAnswers(answers),
            discord.endpoints());
    platform.start();
  }

  @AfterEach
  void disconnect() throws Exception {
    knowledge.releaseSlowAnswers();
    platform.close();
    answers.shutdownNow();
    answers.awaitTermination(5, TimeUnit.SECONDS);
    discord.close();
  }

  @Test
  @Tag("slow")
  void deferralsAutocompleteAndABusyAnswerMeetTheDeadlineWhileEveryAnswerThreadIsTaken()
      throws Exception {
    String running = ask("tok-running", "slow: where is the cloakroom?");
    String queued = ask("tok-queued", "slow: where is the cloakroom?");
    String refused = ask("tok-refused", "where is the cloakroom?");
    String completed = discord.newId();
    ObjectNode completion =
        DiscordGatewayIT.command(completed, "tok-complete", "session", "title", "key");
    completion.put("type", 4);
    ((ObjectNode) completion.path("data").path("options").get(0)).put("focused", true);
    discord.dispatch("INTERACTION_CREATE", completion);

    assertThat(callback(running, "tok-running").body().path("type").asInt())
        .as("deferred")
        .isEqualTo(5);
    assertThat(callback(queued, "tok-queued").body().path("type").asInt())
        .as("deferred")
        .isEqualTo(5);
    FakeDiscord.Sent busy = callback(refused, "tok-refused");
    assertThat(busy.body().path("type").asInt()).isEqualTo(4);
    assertThat(busy.body().path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    assertThat(busy.body().path("data").path("content").asText()).contains("busy");
    FakeDiscord.Sent choices = callback(completed, "tok-complete");
    assertThat(choices.body().path("type").asInt()).isEqualTo(8);
    assertThat(choices.body().path("data").path("choices").toString()).contains("Keynote");

    knowledge.releaseSlowAnswers();
    for (String token : List.of("tok-running", "tok-queued")) {
      FakeDiscord.Sent edit =
          discord.awaitRest(
              r ->
                  r.method().equals("PATCH")
                      && r.path()
                          .startsWith("/webhooks/" + APP_ID + "/" + token + "/messages/@original"),
              WAIT);
      assertThat(edit.body().path("embeds").get(0).path("title").asText()).isEqualTo("Venue FAQ");
    }
  }

  private String ask(String token, String question) {
    String id = discord.newId();
    discord.dispatch(
        "INTERACTION_CREATE", DiscordGatewayIT.command(id, token, "ask", "question", question));
    return id;
  }

  /** The interaction's initial response, which must arrive within Discord's deadline. */
  private FakeDiscord.Sent callback(String id, String token) throws InterruptedException {
    return discord.awaitRest(
        r -> r.path().startsWith("/interactions/" + id + "/" + token + "/callback"), DEADLINE);
  }
}
