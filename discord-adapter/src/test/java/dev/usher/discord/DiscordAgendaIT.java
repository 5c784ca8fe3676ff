package dev.usher.discord;

import static dev.usher.discord.FakeDiscord.ATTENDEE_ID;
import static dev.usher.discord.FakeDiscord.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.usher.core.Bot;
import dev.usher.core.agenda.AgendaOwner;
import dev.usher.core.agenda.Agendas;
import dev.usher.core.agenda.InMemoryAgendaStore;
import dev.usher.core.conference.Conference;
import dev.usher.core.platform.BackgroundAnswers;
import dev.usher.core.platform.PostException;
import dev.usher.core.platform.PostStatus;
import dev.usher.core.reply.Info;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The agenda on Discord: slash commands answered ephemerally, the .ics as an attachment, DMs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordAgendaIT {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final int EPHEMERAL = 1 << 6;
  private static final String OTHER_ID = "700000000000000004";
  private static final String ICS =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nEND:VCALENDAR\r\n";

  private final InMemoryAgendaStore store = new InMemoryAgendaStore();
  private FakeDiscord discord;
  private ExecutorService executor;
  private DiscordPlatform platform;

  @BeforeAll
  void connect() throws Exception {
    discord = new FakeDiscord();
    executor = Executors.newFixedThreadPool(4);
    Conference conference =
        new Conference("ICLR 2026", TestKnowledge.ZONE, Optional.empty(), Optional.empty());
    Agendas agendas =
        new Agendas(store, (name, sessions, zone) -> ICS, Optional.of(Duration.ofMinutes(10)));
    Bot bot =
        new Bot(
                conference,
                TestKnowledge.material(),
                Clock.fixed(Instant.parse("2026-04-23T12:30:00Z"), TestKnowledge.ZONE))
            .withAgendas(agendas);
    platform =
        new DiscordPlatform(
            FakeDiscord.TOKEN,
            new DiscordSettings(List.of(GUILD_ID)),
            bot,
            new BackgroundAnswers(executor),
            discord.endpoints());
    platform.start();
  }

  @AfterAll
  void disconnect() throws Exception {
    platform.close();
    executor.shutdownNow();
    executor.awaitTermination(5, TimeUnit.SECONDS);
    discord.close();
  }

  private JsonNode run(String token, String name, String option, String value)
      throws InterruptedException {
    String id = discord.newId();
    ObjectNode interaction = DiscordGatewayIT.command(id, token, name, option, value);
    discord.dispatch("INTERACTION_CREATE", interaction);
    return discord
        .awaitRest(
            r -> r.path().startsWith("/interactions/" + id + "/" + token + "/callback"), WAIT)
        .body();
  }

  @Test
  void starIsAnsweredOnlyToTheAttendeeAndKeptUnderTheirDiscordId() throws Exception {
    JsonNode callback = run("tok-star", "star", "session", "Keynote: Learning to Learn");

    assertThat(callback.path("type").asInt()).isEqualTo(4);
    assertThat(callback.path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
    assertThat(callback.path("data").path("embeds").get(0).path("title").asText())
        .isEqualTo("Starred");
    assertThat(store.find(new AgendaOwner("discord", ATTENDEE_ID)).orElseThrow().stars())
        .anyMatch(s -> s.sessionId().equals("s1"));
  }

  @Test
  void aPressOfACardsStarButtonStarsThatSessionForThePresserAndIsAnsweredOnceEphemerally()
      throws Exception {
    JsonNode answer = run("tok-card", "ask", "question", "when is Keys to Robust Transformers");
    List<JsonNode> buttons = new java.util.ArrayList<>();
    answer
        .path("data")
        .path("components")
        .forEach(row -> row.path("components").forEach(buttons::add));
    assertThat(buttons)
        .filteredOn(b -> b.path("custom_id").asText().equals("star:s2"))
        .singleElement()
        .satisfies(
            b ->
                assertThat(b.path("label").asText())
                    .isEqualTo("Star: Keys to Robust Transformers"));

    String pressId = discord.newId();
    discord.dispatch(
        "INTERACTION_CREATE",
        DiscordGatewayIT.click(
            pressId, "tok-press", "star:s2", discord.messageFrom(answer.path("data"))));
    FakeDiscord.Sent response =
        discord.awaitRest(
            r -> r.path().startsWith("/interactions/" + pressId + "/tok-press/callback"), WAIT);

    assertThat(response.body().path("type").asInt()).isEqualTo(4);
    assertThat(response.body().path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
    assertThat(response.body().path("data").path("embeds").get(0).path("title").asText())
        .isEqualTo("Starred");
    assertThat(discord.restRequests())
        .filteredOn(r -> r.path().contains("/tok-press/"))
        .as("one initial response, nothing after it")
        .hasSize(1);
    assertThat(store.find(new AgendaOwner("discord", ATTENDEE_ID)).orElseThrow().stars())
        .filteredOn(s -> s.sessionId().equals("s2"))
        .hasSize(1);
  }

  @Test
  void unstarAutocompletesOnlyTheSessionsThePersonStarred() throws Exception {
    String starId = discord.newId();
    discord.dispatch(
        "INTERACTION_CREATE",
        from(
            OTHER_ID,
            DiscordGatewayIT.command(starId, "tok-other", "star", "session", "Poster session")));
    discord.awaitRest(r -> r.path().startsWith("/interactions/" + starId + "/"), WAIT);
    String id = discord.newId();
    ObjectNode interaction =
        from(OTHER_ID, DiscordGatewayIT.command(id, "tok-auto", "unstar", "session", ""));
    interaction.put("type", 4);
    ((ObjectNode) interaction.path("data").path("options").get(0)).put("focused", true);
    discord.dispatch("INTERACTION_CREATE", interaction);

    FakeDiscord.Sent callback =
        discord.awaitRest(r -> r.path().startsWith("/interactions/" + id + "/"), WAIT);

    assertThat(callback.body().path("type").asInt()).isEqualTo(8);
    List<String> choices = new java.util.ArrayList<>();
    callback.body().path("data").path("choices").forEach(c -> choices.add(c.path("name").asText()));
    assertThat(choices).containsExactly("Poster session");
  }

  /** The interaction as made by another member, who has starred nothing else. */
  private static ObjectNode from(String userId, ObjectNode interaction) {
    interaction.set(
        "member", FakeDiscord.member(userId, "other", false, FakeDiscord.MEMBER_PERMISSIONS));
    return interaction;
  }

  @Test
  void theCalendarIsAnAttachmentOfTheEphemeralResponse() throws Exception {
    run("tok-star2", "star", "session", "Poster session");

    JsonNode callback = run("tok-ics", "agenda", "day", "ics");

    assertThat(callback.path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
    assertThat(discord.uploads())
        .anySatisfy(
            upload -> {
              assertThat(upload.path()).contains("/tok-ics/callback");
              assertThat(upload.field()).isEqualTo("files[0]");
              assertThat(upload.fileName()).isEqualTo("agenda.ics");
              assertThat(upload.content()).isEqualTo(ICS);
            });
  }

  @Test
  void aDirectMessageOpensTheDmChannelThenPostsTaggedWithItsKey() throws Exception {
    platform.postDirect(
        ATTENDEE_ID, new Info("Starting in 10 minutes", "Keynote"), "agenda/discord/t0k/s1/x");

    FakeDiscord.Sent open =
        discord.awaitRest(
            r ->
                r.path().equals("/users/@me/channels")
                    && r.body().path("recipient_id").asText().equals(ATTENDEE_ID),
            WAIT);
    String dm = discord.dmChannelOf(ATTENDEE_ID).orElseThrow();
    FakeDiscord.Sent posted =
        discord.awaitRest(r -> r.path().equals("/channels/" + dm + "/messages"), WAIT);

    assertThat(open.body().path("recipient_id").asText()).isEqualTo(ATTENDEE_ID);
    assertThat(posted.body().path("embeds").get(0).path("title").asText())
        .isEqualTo("Starting in 10 minutes");
    assertThat(posted.body().path("enforce_nonce").asBoolean()).isTrue();
  }

  @Test
  void aDirectMessageSentWithItsKeyIsFoundInThatPersonsDmOnly() throws Exception {
    // Snowflakes are made from the wall clock, as Discord makes them.
    Instant since = Instant.now().minusSeconds(60);
    String key = "agenda/discord/t1k/s2/2026-04-24T07:00:00Z";
    platform.postDirect(
        ATTENDEE_ID, new Info("Starting in 10 minutes", "Keys to Robust Transformers"), key);
    platform.post(FakeDiscord.CHANNEL_ID, new Info("Today", "Keys to Robust Transformers"), key);

    assertThat(platform.findDirect(ATTENDEE_ID, key, since)).isEqualTo(PostStatus.FOUND);
    assertThat(platform.findDirect(OTHER_ID, key, since))
        .as("the same key in a channel and in another person's DM")
        .isEqualTo(PostStatus.NOT_FOUND);
    String dm = discord.dmChannelOf(ATTENDEE_ID).orElseThrow();
    assertThat(discord.restRequests())
        .filteredOn(
            r -> r.method().equals("GET") && r.path().startsWith("/channels/" + dm + "/messages?"))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.path()).contains("after=").contains("limit=100"));
  }

  @Test
  void aPersonWhoAcceptsNoDirectMessagesIsAPermanentRefusal() {
    PostException refused =
        catchThrowableOfType(
            PostException.class,
            () ->
                platform.postDirect(
                    FakeDiscord.DMS_CLOSED_ID, new Info("Starting soon", "Keynote"), "agenda/k"));

    assertThat(refused.retryable()).isFalse();
    assertThat(refused.getMessage()).contains("403").contains("Cannot send messages to this user");
  }
}
