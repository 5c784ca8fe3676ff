package dev.usher.discord;

import static dev.usher.discord.FakeDiscord.APP_ID;
import static dev.usher.discord.FakeDiscord.ATTENDEE_ID;
import static dev.usher.discord.FakeDiscord.BOT_ID;
import static dev.usher.discord.FakeDiscord.CHANNEL_ID;
import static dev.usher.discord.FakeDiscord.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.usher.core.Bot;
import dev.usher.core.command.CommandCatalog;
import dev.usher.core.command.CommandSpec;
import dev.usher.core.conference.Conference;
import dev.usher.core.conference.Session;
import dev.usher.core.platform.BackgroundAnswers;
import dev.usher.core.platform.PostException;
import dev.usher.core.platform.PostStatus;
import dev.usher.core.questions.InMemoryQuestionLog;
import dev.usher.core.questions.LoggedQuestion;
import dev.usher.core.reply.Info;
import dev.usher.core.reply.SessionCards;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The real JDA client against a fake Discord on 127.0.0.1: REST over HTTP, the gateway over a
 * WebSocket, both speaking Discord's JSON. Asserts on what JDA sends back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordGatewayIT {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String DM_CHANNEL_ID = "820000000000000001";

  private final SlowKnowledge knowledge = new SlowKnowledge(TestKnowledge.material());
  private final InMemoryQuestionLog questions = new InMemoryQuestionLog();
  private FakeDiscord discord;
  private ExecutorService executor;
  private DiscordPlatform platform;

  @BeforeAll
  void connect() throws Exception {
    discord = new FakeDiscord();
    executor = Executors.newFixedThreadPool(4);
    Conference conference =
        new Conference(
            "ICLR 2026", TestKnowledge.ZONE, Optional.of("Ask at the info desk"), Optional.empty());
    Bot bot =
        new Bot(
            conference,
            knowledge,
            Clock.fixed(Instant.parse("2026-04-23T12:30:00Z"), TestKnowledge.ZONE),
            questions);
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
    knowledge.releaseSlowAnswers();
    if (platform != null) {
      platform.close();
    }
    executor.shutdownNow();
    executor.awaitTermination(5, TimeUnit.SECONDS);
    discord.close();
  }

  @Test
  void identifiesWithOnlyTheIntentsItNeeds() throws Exception {
    JsonNode identify = discord.awaitGateway(p -> p.path("op").asInt() == 2, WAIT);

    int intents = identify.path("d").path("intents").asInt();
    int guilds = 1;
    int guildMessages = 1 << 9;
    int directMessages = 1 << 12;
    assertThat(intents).isEqualTo(guilds | guildMessages | directMessages);
    assertThat(identify.path("d").path("token").asText()).isEqualTo(FakeDiscord.TOKEN);
  }

  @Test
  void registersTheCatalogsCommandsInTheConfiguredGuildWithOrganizerCommandsLimited()
      throws Exception {
    FakeDiscord.Sent put =
        discord.awaitRest(
            r ->
                r.method().equals("PUT")
                    && r.path()
                        .equals("/applications/" + APP_ID + "/guilds/" + GUILD_ID + "/commands"),
            WAIT);

    List<String> names = new ArrayList<>();
    put.body().forEach(c -> names.add(c.path("name").asText()));
    assertThat(names)
        .containsExactlyElementsOf(
            CommandCatalog.commands().stream().map(CommandSpec::name).toList());
    JsonNode reload = find(put.body(), "reload");
    assertThat(reload.path("default_member_permissions").asText()).isEqualTo("32");
    JsonNode session = find(put.body(), "session");
    assertThat(session.path("options").get(0).path("autocomplete").asBoolean()).isTrue();
  }

  @Test
  void answersAskWithAnEmbedThatMentionsNoOne() throws Exception {
    String id = discord.newId();
    discord.dispatch(
        "INTERACTION_CREATE", command(id, "tok-ask", "ask", "question", "where is the cloakroom"));

    FakeDiscord.Sent callback =
        discord.awaitRest(
            r -> r.path().startsWith("/interactions/" + id + "/tok-ask/callback"), WAIT);

    assertThat(callback.method()).isEqualTo("POST");
    assertThat(callback.body().path("type").asInt()).isEqualTo(4);
    JsonNode data = callback.body().path("data");
    JsonNode embed = data.path("embeds").get(0);
    assertThat(embed.path("title").asText()).isEqualTo("Venue FAQ");
    assertThat(embed.path("description").asText())
        .startsWith("The \\***cloakroom**\\* is at the")
        .contains("\\*\\*main entrance\\*\\*")
        .contains("@\u200Beveryone");
    assertThat(embed.path("fields").get(0).path("value").asText())
        .isEqualTo("[Venue FAQ › Cloakroom](https://iclr.cc/venue)");
    assertNoMentions(data);
  }

  @Test
  void anAnswerHasFeedbackButtonsAndAClickIsAcknowledgedAtOnceAndRecorded() throws Exception {
    String id = discord.newId();
    discord.dispatch(
        "INTERACTION_CREATE",
        command(id, "tok-feedback", "ask", "question", "where is the cloakroom"));
    FakeDiscord.Sent answer =
        discord.awaitRest(
            r -> r.path().startsWith("/interactions/" + id + "/tok-feedback/callback"), WAIT);
    JsonNode row = answer.body().path("data").path("components").get(0);
    assertThat(row.path("type").asInt()).isEqualTo(1);
    List<String> labels = new ArrayList<>();
    row.path("components").forEach(b -> labels.add(b.path("label").asText()));
    assertThat(labels).containsExactly("Helpful", "Not helpful");
    String notHelpful = row.path("components").get(1).path("custom_id").asText();

    String clickId = discord.newId();
    discord.dispatch(
        "INTERACTION_CREATE",
        click(clickId, "tok-click", notHelpful, discord.messageFrom(answer.body().path("data"))));
    FakeDiscord.Sent thanks =
        discord.awaitRest(
            r -> r.path().startsWith("/interactions/" + clickId + "/tok-click/callback"), WAIT);

    assertThat(thanks.body().path("type").asInt()).isEqualTo(4);
    assertThat(thanks.body().path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    assertThat(thanks.body().path("data").path("embeds").get(0).path("title").asText())
        .isEqualTo("Thanks");
    assertThat(questions.since(Instant.EPOCH))
        .filteredOn(q -> q.question().equals("where is the cloakroom"))
        .extracting(LoggedQuestion::feedback)
        .contains(Optional.of(LoggedQuestion.Feedback.NOT_HELPFUL));
    assertThat(questions.since(Instant.EPOCH))
        .extracting(LoggedQuestion::toString)
        .noneMatch(text -> text.contains(ATTENDEE_ID));
  }

  @Test
  void anAnswerDiscordRefusesAsAnUnknownInteractionIsRecordedAsUndelivered() throws Exception {
    // Given a question whose interaction is past Discord's 3-second deadline when answered
    String id = discord.idMade(Duration.ofSeconds(10));
    discord.dispatch(
        "INTERACTION_CREATE", command(id, "tok-late", "ask", "question", "where is the cloakroom"));

    // When Discord answers the reply with 10062 Unknown interaction
    discord.awaitRest(r -> r.path().startsWith("/interactions/" + id + "/tok-late/callback"), WAIT);

    // Then the question log counts the answer as never delivered
    // (JDA hears Discord's refusal a moment after the fake sent it)
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!undelivered("where is the cloakroom") && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(undelivered("where is the cloakroom")).isTrue();
  }

  private boolean undelivered(String question) {
    return questions.since(Instant.EPOCH).stream()
        .anyMatch(
            q ->
                q.question().equals(question) && q.outcome() == LoggedQuestion.Outcome.UNDELIVERED);
  }

  @Test
  void theFakeRefusesComponentsDiscordRefuses() {
    JsonNode tooLong =
        FakeDiscord.read(
            "{\"components\":[{\"type\":1,\"components\":[{\"type\":2,\"style\":2,"
                + "\"label\":\"x\",\"custom_id\":\""
                + "a".repeat(101)
                + "\"}]}]}");
    JsonNode sixButtons =
        FakeDiscord.read(
            "{\"components\":[{\"type\":1,\"components\":["
                + String.join(
                    ",",
                    java.util.Collections.nCopies(
                        6, "{\"type\":2,\"style\":2,\"label\":\"x\",\"custom_id\":\"a\"}"))
                + "]}]}");
    JsonNode bare =
        FakeDiscord.read(
            "{\"components\":[{\"type\":2,\"style\":2,\"label\":\"x\",\"custom_id\":\"a\"}]}");

    assertThat(FakeDiscord.invalidMessage(tooLong))
        .hasValueSatisfying(m -> assertThat(m).contains("custom_id"));
    assertThat(FakeDiscord.invalidMessage(sixButtons)).isPresent();
    assertThat(FakeDiscord.invalidMessage(bare)).isPresent();
  }

  @Test
  void aDocumentsTitleCannotShowALinkOrMarkdownInTheAnswersTitleOrSourceLine() throws Exception {
    String id = discord.newId();
    discord.dispatch(
        "INTERACTION_CREATE",
        command(id, "tok-lockers", "ask", "question", "where are the lockers"));

    FakeDiscord.Sent callback =
        discord.awaitRest(
            r -> r.path().startsWith("/interactions/" + id + "/tok-lockers/callback"), WAIT);

    JsonNode embed = callback.body().path("data").path("embeds").get(0);
    List<String> fieldText = new ArrayList<>();
    embed
        .path("fields")
        .forEach(f -> fieldText.add(f.path("name").asText() + "\n" + f.path("value").asText()));
    String shown = embed.path("title").asText() + "\n" + String.join("\n", fieldText);
    assertThat(shown).as("the hostile document is cited").contains("refund desk");
    assertThat(shown)
        .doesNotContain("**Official**", "[refund desk](", "https://", "@everyone")
        .contains(
            "\\*\\*Official\\*\\*",
            "\\[refund desk\\]",
            "https:\u200B//iclr\\-refunds",
            "`docs/refunds.html`");
    assertNoMentions(callback.body().path("data"));
  }

  @Test
  void autocompletesSessionTitlesFromTheSchedule() throws Exception {
    String id = discord.newId();
    ObjectNode interaction = command(id, "tok-auto", "session", "title", "key");
    interaction.put("type", 4);
    ((ObjectNode) interaction.path("data").path("options").get(0)).put("focused", true);
    discord.dispatch("INTERACTION_CREATE", interaction);

    FakeDiscord.Sent callback =
        discord.awaitRest(r -> r.path().startsWith("/interactions/" + id + "/"), WAIT);

    assertThat(callback.body().path("type").asInt()).isEqualTo(8);
    List<String> choices = new ArrayList<>();
    callback.body().path("data").path("choices").forEach(c -> choices.add(c.path("name").asText()));
    assertThat(choices)
        .containsExactly("Keynote: Learning to Learn", "Keys to Robust Transformers");
  }

  @Test
  void answersAMentionAsAReplyThatPingsNoOne() throws Exception {
    String messageId = discord.newId();
    discord.dispatch(
        "MESSAGE_CREATE",
        mention(messageId, "<@" + BOT_ID + "> @everyone where is the cloakroom?"));

    FakeDiscord.Sent reply =
        discord.awaitRest(
            r ->
                r.path().equals("/channels/" + CHANNEL_ID + "/messages")
                    && r.body()
                        .path("message_reference")
                        .path("message_id")
                        .asText()
                        .equals(messageId),
            WAIT);

    assertNoMentions(reply.body());
    assertThat(reply.body().path("allowed_mentions").path("replied_user").asBoolean()).isFalse();
    assertThat(reply.body().path("content").asText("")).doesNotContain("@everyone");
    assertThat(reply.body().path("embeds").get(0).path("description").asText())
        .doesNotContain("@everyone")
        .contains("@\u200Beveryone");
  }

  @Test
  void anAnswerDiscordRateLimitsIsSentAgainAfterItsRetryAfter() throws Exception {
    discord.rateLimitNext("/tok-429/", 1, Duration.ofMillis(500));
    String id = discord.newId();

    discord.dispatch(
        "INTERACTION_CREATE", command(id, "tok-429", "ask", "question", "where is the cloakroom"));

    List<FakeDiscord.Sent> callbacks =
        awaitRequests(r -> r.path().startsWith("/interactions/" + id + "/tok-429/callback"), 2);
    assertThat(callbacks.get(1).body()).isEqualTo(callbacks.get(0).body());
    assertThat(callbacks.get(1).body().path("data").path("embeds").get(0).path("title").asText())
        .isEqualTo("Venue FAQ");
  }

  @Test
  void aReplyToAMessageDiscordRateLimitsIsSentAgainAfterItsRetryAfter() throws Exception {
    String channel = "820000000000000429";
    discord.rateLimitNext("/channels/" + channel + "/messages", 1, Duration.ofMillis(500));
    String messageId = discord.newId();
    ObjectNode direct = mention(messageId, "where is the cloakroom?");
    direct.remove("guild_id");
    direct.remove("member");
    direct.put("channel_id", channel).put("channel_type", 1).put("mention_everyone", false);
    direct.set("mentions", NODES.arrayNode());

    discord.dispatch("MESSAGE_CREATE", direct);

    List<FakeDiscord.Sent> replies =
        awaitRequests(
            r -> r.method().equals("POST") && r.path().equals("/channels/" + channel + "/messages"),
            2);
    assertThat(replies.get(1).body().path("embeds").get(0).path("title").asText())
        .isEqualTo("Venue FAQ");
  }

  /** Waits until {@code count} requests match, and returns them in order. */
  private List<FakeDiscord.Sent> awaitRequests(
      java.util.function.Predicate<FakeDiscord.Sent> filter, int count)
      throws InterruptedException {
    discord.awaitRest(
        r -> filter.test(r) && discord.restRequests().stream().filter(filter).count() >= count,
        WAIT);
    return discord.restRequests().stream().filter(filter).toList();
  }

  @Test
  void defersASlowAnswerAndEditsTheDeferredMessageWithIt() throws Exception {
    String id = discord.newId();
    discord.dispatch(
        "INTERACTION_CREATE",
        command(id, "tok-slow", "ask", "question", "slow: where is the cloakroom?"));

    FakeDiscord.Sent deferred =
        discord.awaitRest(
            r -> r.path().startsWith("/interactions/" + id + "/tok-slow/callback"), WAIT);
    assertThat(deferred.body().path("type").asInt()).isEqualTo(5);
    knowledge.releaseSlowAnswers();

    // The first reply after a deferral edits the "thinking…" message: a follow-up POST for it is
    // what Discord documents as deprecated.
    FakeDiscord.Sent edit =
        discord.awaitRest(r -> r.path().startsWith("/webhooks/" + APP_ID + "/tok-slow"), WAIT);
    assertThat(edit.method()).isEqualTo("PATCH");
    assertThat(edit.path()).startsWith("/webhooks/" + APP_ID + "/tok-slow/messages/@original");
    assertThat(edit.body().path("embeds").get(0).path("title").asText()).isEqualTo("Venue FAQ");
    assertNoMentions(edit.body());
  }

  @Test
  void resumesAfterTheGatewayDropsTheConnectionAndAnswersTheNextQuestion() throws Exception {
    discord.awaitGateway(p -> p.path("op").asInt() == 2, WAIT);
    int before = discord.gatewayPayloadCount();
    discord.dropConnections();

    // 4000 is a resumable close: JDA resumes the session (op 6) instead of identifying anew.
    JsonNode reconnect =
        discord.awaitGatewayAfter(
            before, p -> p.path("op").asInt() == 6 || p.path("op").asInt() == 2, WAIT);
    assertThat(reconnect.path("op").asInt()).isEqualTo(6);
    assertThat(reconnect.path("d").path("session_id").asText()).startsWith("session-");

    String id = discord.newId();
    discord.dispatch(
        "INTERACTION_CREATE",
        command(id, "tok-after", "ask", "question", "where is the cloakroom"));
    FakeDiscord.Sent callback =
        discord.awaitRest(
            r -> r.path().startsWith("/interactions/" + id + "/tok-after/callback"), WAIT);
    assertThat(callback.body().path("data").path("embeds").get(0).path("title").asText())
        .isEqualTo("Venue FAQ");
  }

  @Test
  void answersADirectMessageAsAReply() throws Exception {
    String messageId = discord.newId();
    ObjectNode direct = mention(messageId, "where is the cloakroom?");
    direct.remove("guild_id");
    direct.remove("member");
    direct.put("channel_id", DM_CHANNEL_ID).put("channel_type", 1).put("mention_everyone", false);
    direct.set("mentions", NODES.arrayNode());
    discord.dispatch("MESSAGE_CREATE", direct);

    FakeDiscord.Sent reply =
        discord.awaitRest(
            r ->
                r.path().equals("/channels/" + DM_CHANNEL_ID + "/messages")
                    && r.body()
                        .path("message_reference")
                        .path("message_id")
                        .asText()
                        .equals(messageId),
            WAIT);
    assertThat(reply.body().path("embeds").get(0).path("title").asText()).isEqualTo("Venue FAQ");
    assertNoMentions(reply.body());
  }

  @Test
  void refusesAnOrganizerCommandToAMemberWithoutManageServer() throws Exception {
    String id = discord.newId();
    discord.dispatch("INTERACTION_CREATE", command(id, "tok-deny", "reload", false));

    FakeDiscord.Sent callback =
        discord.awaitRest(r -> r.path().startsWith("/interactions/" + id + "/"), WAIT);

    JsonNode data = callback.body().path("data");
    assertThat(data.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    assertThat(data.path("embeds").get(0).path("title").asText()).isEqualTo("Organizers only");
    assertThat(discord.restRequests())
        .noneMatch(r -> r.path().contains("tok-deny") && r.body().toString().contains("Reloaded"));
  }

  @Test
  void runsAnOrganizerCommandForAMemberWithManageServer() throws Exception {
    String id = discord.newId();
    discord.dispatch("INTERACTION_CREATE", command(id, "tok-reload", "reload", true));

    FakeDiscord.Sent callback =
        discord.awaitRest(r -> r.path().startsWith("/interactions/" + id + "/"), WAIT);

    JsonNode data = callback.body().path("data");
    assertThat(data.path("embeds").get(0).path("title").asText()).isEqualTo("Reloaded");
    assertThat(data.path("flags").asInt() & 64)
        .as("ephemeral: for the organizer only")
        .isEqualTo(64);
    assertThat(data.path("embeds").get(0).path("description").asText())
        .contains(TestKnowledge.READ_PROBLEMS + " file problems; the first 5:")
        .contains("drafts/notes\\-1.pdf") // escaped for Discord's markdown
        .doesNotContain("notes\\-6.pdf")
        .contains("and 42 more");
    assertThat(discord.restRequests())
        .as("one message, no follow-ups")
        .noneMatch(r -> r.path().contains("tok-reload") && !r.path().startsWith("/interactions/"));
  }

  @Test
  void postsAReminderToTheChannel() throws Exception {
    platform.post(CHANNEL_ID, new Info("Today at ICLR", "Keynote at 9:00 @here"));

    FakeDiscord.Sent post =
        discord.awaitRest(
            r ->
                r.method().equals("POST")
                    && r.path().equals("/channels/" + CHANNEL_ID + "/messages")
                    && r.body()
                        .path("embeds")
                        .get(0)
                        .path("title")
                        .asText()
                        .equals("Today at ICLR"),
            WAIT);
    assertNoMentions(post.body());
  }

  @Test
  void reportsAForbiddenChannelAsNotRetryable() {
    PostException refused =
        catchThrowableOfType(
            PostException.class,
            () -> platform.post(FakeDiscord.FORBIDDEN_CHANNEL_ID, new Info("Today", "Keynote")));

    assertThat(refused.retryable()).isFalse();
  }

  @Test
  void reportsAChannelWhereTheBotLacksSendMessagesAsNotRetryable() {
    PostException refused =
        catchThrowableOfType(
            PostException.class,
            () -> platform.post(FakeDiscord.NO_SEND_CHANNEL_ID, new Info("Today", "Keynote")));

    assertThat(refused).as("a PostException, not a bug to retry").isNotNull();
    assertThat(refused.retryable()).isFalse();
    assertThat(refused).hasMessageContaining("Send Messages");
    assertThat(discord.restRequests())
        .noneMatch(r -> r.path().contains(FakeDiscord.NO_SEND_CHANNEL_ID));
  }

  @Test
  void reportsAServerErrorAsRetryable() {
    PostException failed =
        catchThrowableOfType(
            PostException.class,
            () -> platform.post(FakeDiscord.BROKEN_CHANNEL_ID, new Info("Today", "Keynote")));

    assertThat(failed.retryable()).isTrue();
  }

  @Test
  void reportsARateLimitAsRetryableWithTheWaitDiscordAskedFor() {
    PostException limited =
        catchThrowableOfType(
            PostException.class,
            () -> platform.post(FakeDiscord.LIMITED_CHANNEL_ID, new Info("Today", "Keynote")));

    assertThat(limited.retryable()).isTrue();
    assertThat(limited.retryAfter())
        .hasValueSatisfying(
            d -> assertThat(d).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(3)));
  }

  @Test
  void keyedPostCarriesTheKeyInAFooterAndAnEnforcedNonce() throws Exception {
    String key = "daily/2026-04-23/discord/" + CHANNEL_ID + "/footer";
    platform.post(CHANNEL_ID, new Info("Today at ICLR", "Keynote at 9:00"), key);

    FakeDiscord.Sent post =
        discord.awaitRest(
            r -> r.method().equals("POST") && footers(r.body()).contains("usher:" + key + ":0/1"),
            WAIT);
    assertThat(post.body().path("nonce").asText()).hasSizeBetween(1, 25);
    assertThat(post.body().path("enforce_nonce").asBoolean()).isTrue();
    assertNoMentions(post.body());
  }

  @Test
  void aKeyedPostSentTwiceIsInTheChannelOnceThanksToItsEnforcedNonce() throws Exception {
    String key = "daily/2026-04-23/discord/" + CHANNEL_ID + "/twice";

    platform.post(CHANNEL_ID, twoMessageReply(), key);
    // As after a lost response: the same post again, each part with the same nonce.
    platform.post(CHANNEL_ID, twoMessageReply(), key);

    assertThat(
            discord.restRequests().stream()
                .filter(
                    r ->
                        r.method().equals("POST")
                            && footers(r.body()).contains("usher:" + key + ":")))
        .hasSize(4);
    assertThat(
            discord.messagesIn(CHANNEL_ID).stream()
                .filter(m -> footers(m).contains("usher:" + key + ":")))
        .as("one message per part")
        .hasSize(2);
  }

  @Test
  void findsAKeyedPostInTheChannelHistory() throws Exception {
    Instant since = Instant.now().minusSeconds(60);
    String key = "daily/2026-04-23/discord/" + CHANNEL_ID + "/found";
    platform.post(CHANNEL_ID, twoMessageReply(), key);

    assertThat(platform.findPost(CHANNEL_ID, key, since)).isEqualTo(PostStatus.FOUND);
    FakeDiscord.Sent read =
        discord.awaitRest(
            r ->
                r.method().equals("GET")
                    && r.path().startsWith("/channels/" + CHANNEL_ID + "/messages?"),
            WAIT);
    assertThat(read.path()).contains("after=");
  }

  @Test
  void aPostNeverSentIsNotFound() throws Exception {
    Instant since = Instant.now().minusSeconds(60);
    platform.post(
        CHANNEL_ID, new Info("Yesterday", "Other reminder"), "daily/2026-04-22/discord/other");

    assertThat(platform.findPost(CHANNEL_ID, "daily/2026-04-23/discord/never", since))
        .isEqualTo(PostStatus.NOT_FOUND);
  }

  @Test
  void aPostCutAfterItsFirstMessageIsNotFound() throws Exception {
    Instant since = Instant.now().minusSeconds(60);
    String key = "daily/2026-04-23/discord/" + CHANNEL_ID + "/cut";
    discord.acceptOnlyNextPosts(1);
    PostException cut;
    try {
      cut =
          catchThrowableOfType(
              PostException.class, () -> platform.post(CHANNEL_ID, twoMessageReply(), key));
    } finally {
      discord.acceptAllPosts();
    }

    assertThat(cut).isNotNull();

    assertThat(discord.restRequests())
        .anyMatch(
            r -> r.method().equals("POST") && footers(r.body()).contains("usher:" + key + ":1/2"));
    assertThat(platform.findPost(CHANNEL_ID, key, since)).isEqualTo(PostStatus.NOT_FOUND);
  }

  @Test
  void aChannelWhoseHistoryTheBotMayNotReadIsUnknown() throws Exception {
    assertThat(
            platform.findPost(
                FakeDiscord.FORBIDDEN_CHANNEL_ID, "k", Instant.now().minusSeconds(60)))
        .isEqualTo(PostStatus.UNKNOWN);
  }

  @Test
  void aServerErrorWhileReadingHistoryIsRetryable() {
    PostException failed =
        catchThrowableOfType(
            PostException.class,
            () ->
                platform.findPost(
                    FakeDiscord.BROKEN_CHANNEL_ID, "k", Instant.now().minusSeconds(60)));

    assertThat(failed.retryable()).isTrue();
  }

  /** Thirty sessions: more fields than one embed holds, so two messages. */
  private static SessionCards twoMessageReply() {
    ZonedDateTime nine = ZonedDateTime.of(2026, 4, 23, 9, 0, 0, 0, TestKnowledge.ZONE);
    List<Session> sessions =
        IntStream.range(0, 30)
            .mapToObj(
                i ->
                    new Session(
                        "s" + i,
                        "Talk " + i,
                        nine.plusMinutes(10L * i),
                        nine.plusMinutes(10L * i + 45),
                        Optional.of("Hall A"),
                        Optional.empty(),
                        List.of("Ada"),
                        "",
                        Optional.empty()))
            .toList();
    return new SessionCards(
        "Thursday", sessions, 30, Optional.empty(), TestKnowledge.ZONE, List.of());
  }

  private static String footers(JsonNode message) {
    List<String> footers = new ArrayList<>();
    message.path("embeds").forEach(e -> footers.add(e.path("footer").path("text").asText("")));
    return String.join("\n", footers);
  }

  // ---------------------------------------------------------------- payloads

  private static void assertNoMentions(JsonNode message) {
    JsonNode allowed = message.path("allowed_mentions");
    assertThat(allowed.path("parse").isArray())
        .as("allowed_mentions.parse in %s", message)
        .isTrue();
    assertThat(allowed.path("parse")).isEmpty();
    assertThat(allowed.path("users")).isEmpty();
    assertThat(allowed.path("roles")).isEmpty();
  }

  private static JsonNode find(JsonNode commands, String name) {
    for (JsonNode command : commands) {
      if (command.path("name").asText().equals(name)) {
        return command;
      }
    }
    throw new AssertionError("no command " + name + " in " + commands);
  }

  static ObjectNode command(String id, String token, String name, String option, String value) {
    return FakeDiscord.slashCommand(id, token, name, option, value);
  }

  /** A click on a button ({@code MESSAGE_COMPONENT}, type 3) of {@code message}, by an attendee. */
  static ObjectNode click(String id, String token, String customId, ObjectNode message) {
    ObjectNode interaction = command(id, token, "unused", "unused", "unused");
    interaction.put("type", 3);
    interaction.set("data", NODES.objectNode().put("custom_id", customId).put("component_type", 2));
    interaction.set("message", message);
    return interaction;
  }

  /** An option-less command from a member; an organizer holds the role with Manage Server. */
  private static ObjectNode command(String id, String token, String name, boolean organizer) {
    ObjectNode interaction = command(id, token, name, "unused", "unused");
    ((ObjectNode) interaction.path("data")).set("options", NODES.arrayNode());
    interaction.set(
        "member",
        organizer
            ? FakeDiscord.member(
                FakeDiscord.ORGANIZER_ID,
                "organizer",
                false,
                FakeDiscord.ORGANIZER_PERMISSIONS,
                List.of(FakeDiscord.ORGANIZER_ROLE_ID))
            : FakeDiscord.member(ATTENDEE_ID, "attendee", false, FakeDiscord.MEMBER_PERMISSIONS));
    return interaction;
  }

  private static ObjectNode mention(String id, String content) {
    ObjectNode message =
        NODES.objectNode().put("id", id).put("channel_id", CHANNEL_ID).put("guild_id", GUILD_ID);
    message.set("author", FakeDiscord.user(ATTENDEE_ID, "attendee", false));
    ObjectNode member = FakeDiscord.member(ATTENDEE_ID, "attendee", false, null);
    member.remove("user");
    message.set("member", member);
    message
        .put("content", content)
        .put("timestamp", "2026-04-23T12:30:00.000000+00:00")
        .putNull("edited_timestamp");
    message
        .put("tts", false)
        .put("mention_everyone", true)
        .put("pinned", false)
        .put("type", 0)
        .put("flags", 0);
    ObjectNode botMention = FakeDiscord.user(BOT_ID, "usher", true);
    message.set("mentions", NODES.arrayNode().add(botMention));
    message.set("mention_roles", NODES.arrayNode());
    message.set("attachments", NODES.arrayNode());
    message.set("embeds", NODES.arrayNode());
    message.set("components", NODES.arrayNode());
    return message;
  }
}
