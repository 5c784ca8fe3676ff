package dev.usher.discord;

import static dev.usher.discord.FakeDiscord.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.usher.core.Bot;
import dev.usher.core.conference.Conference;
import dev.usher.core.platform.BackgroundAnswers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The real JDA client through the gateway's lifecycle as Discord drives it (discord-api-docs,
 * Gateway): Reconnect (op 7), Invalid Session (op 9) resumable or not, a zombie connection whose
 * heartbeats are not acknowledged, and the closes that end a start for good (4004, 4014). Each test
 * has its own fake Discord and connection.
 */
class DiscordGatewayLifecycleIT {
  /**
   * A deadline for a hang, not a measure of speed: a resume goes through JDA's reconnect queue and
   * its back-off, which took 7 s on a loaded two-core machine and missed a 10 s deadline in CI.
   */
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** After a non-resumable Invalid Session JDA identifies anew, waiting out the identify limit. */
  private static final Duration IDENTIFY_WAIT = Duration.ofSeconds(20);

  private FakeDiscord discord;
  private ExecutorService executor;
  private DiscordPlatform platform;

  @BeforeEach
  void fake() throws Exception {
    discord = new FakeDiscord();
    executor = Executors.newFixedThreadPool(2);
    Conference conference =
        new Conference("ICLR 2026", TestKnowledge.ZONE, Optional.empty(), Optional.empty());
    Bot bot =
        new Bot(
            conference,
            TestKnowledge.material(),
            Clock.fixed(Instant.parse("2026-04-23T12:30:00Z"), TestKnowledge.ZONE));
    platform =
        new DiscordPlatform(
            FakeDiscord.TOKEN,
            new DiscordSettings(List.of(GUILD_ID)),
            bot,
            new BackgroundAnswers(executor),
            discord.endpoints());
  }

  @AfterEach
  void stop() throws Exception {
    platform.close();
    executor.shutdownNow();
    executor.awaitTermination(5, TimeUnit.SECONDS);
    discord.close();
  }

  @Test
  void aReconnectRequestIsFollowedByAResumeOfTheSameSession() throws Exception {
    platform.start();
    String session = readySession();
    int before = discord.gatewayPayloadCount();

    discord.requestReconnect();

    JsonNode resume =
        discord.awaitGatewayAfter(before, DiscordGatewayLifecycleIT::resumeOrIdentify, WAIT);
    assertThat(resume.path("op").asInt()).as("resumed, not identified anew").isEqualTo(6);
    assertThat(resume.path("d").path("session_id").asText()).isEqualTo(session);
    assertAnswersAQuestion("tok-op7");
  }

  @Test
  void aResumableInvalidSessionIsResumed() throws Exception {
    platform.start();
    String session = readySession();
    int before = discord.gatewayPayloadCount();

    discord.invalidateSession(true);

    JsonNode resume =
        discord.awaitGatewayAfter(before, DiscordGatewayLifecycleIT::resumeOrIdentify, WAIT);
    assertThat(resume.path("op").asInt()).isEqualTo(6);
    assertThat(resume.path("d").path("session_id").asText()).isEqualTo(session);
    assertAnswersAQuestion("tok-op9-true");
  }

  @Test
  @Tag("slow")
  void aSessionThatCannotBeResumedIsIdentifiedAnew() throws Exception {
    platform.start();
    int before = discord.gatewayPayloadCount();

    discord.invalidateSession(false);

    JsonNode identify =
        discord.awaitGatewayAfter(before, p -> p.path("op").asInt() == 2, IDENTIFY_WAIT);
    assertThat(identify.path("d").path("token").asText()).isEqualTo(FakeDiscord.TOKEN);
    assertAnswersAQuestion("tok-op9-false");
  }

  @Test
  void aZombieConnectionIsClosedAndResumed() throws Exception {
    discord.heartbeatInterval(Duration.ofMillis(300));
    platform.start();
    String session = readySession();
    int before = discord.gatewayPayloadCount();

    discord.stopAcknowledgingHeartbeats();

    // JDA gives up after two heartbeats without an acknowledgement, closes and resumes.
    JsonNode resume =
        discord.awaitGatewayAfter(before, DiscordGatewayLifecycleIT::resumeOrIdentify, WAIT);
    assertThat(resume.path("op").asInt()).isEqualTo(6);
    assertThat(resume.path("d").path("session_id").asText()).isEqualTo(session);
    assertAnswersAQuestion("tok-zombie");
  }

  @Test
  void aRefusedTokenEndsTheStartWithOneLineSayingWhatToCheck() {
    discord.closeNextIdentifyWith(4004, "Authentication failed.");

    Throwable failure = catchThrowable(platform::start);

    assertThat(failure).isInstanceOf(IllegalStateException.class);
    assertThat(failure.getMessage())
        .contains("4004")
        .contains("DISCORD_TOKEN")
        .doesNotContain("\n");
  }

  @Test
  void disallowedIntentsEndTheStartWithOneLineNamingTheIntents() {
    discord.closeNextIdentifyWith(4014, "Disallowed intent(s).");

    Throwable failure = catchThrowable(platform::start);

    assertThat(failure).isInstanceOf(IllegalStateException.class);
    assertThat(failure.getMessage())
        .contains("4014")
        .contains("\"guild messages\" intent", "\"direct messages\" intent")
        .contains("Privileged Gateway Intents")
        .doesNotContain("\n");
  }

  private String readySession() throws InterruptedException {
    discord.awaitGateway(p -> p.path("op").asInt() == 2, WAIT);
    JsonNode resumeLater = discord.awaitGateway(p -> p.path("op").asInt() == 2, WAIT);
    assertThat(resumeLater.path("d").path("token").asText()).isEqualTo(FakeDiscord.TOKEN);
    return discord.lastSessionId();
  }

  private static boolean resumeOrIdentify(JsonNode payload) {
    int op = payload.path("op").asInt();
    return op == 6 || op == 2;
  }

  private void assertAnswersAQuestion(String token) throws Exception {
    // An event that arrives while JDA is still setting up the new session is not a question yet.
    CompletableFuture.runAsync(
            () -> {
              try {
                platform.awaitConnected();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            })
        .get(IDENTIFY_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    String id = discord.newId();
    discord.dispatch(
        "INTERACTION_CREATE",
        DiscordGatewayIT.command(id, token, "ask", "question", "where is the cloakroom"));
    FakeDiscord.Sent callback =
        discord.awaitRest(
            r -> r.path().startsWith("/interactions/" + id + "/" + token + "/callback"), WAIT);
    assertThat(callback.body().path("data").path("embeds").get(0).path("title").asText())
        .isEqualTo("Venue FAQ");
  }
}
