package dev.usher.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.usher.discord.FakeDiscord;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * The strict fake Discord (REST and gateway) with an attendee typing {@code /ask} in the server's
 * channel; the reply is the interaction's initial response or, when the bot deferred, its edit.
 */
final class DiscordStandIn implements PlatformStandIn {
  /** Between the fake recording a callback and answering it; far more than it ever takes. */
  private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(2);

  private static final int CHANNEL_MESSAGE = 4;
  private final FakeDiscord discord;

  DiscordStandIn() throws IOException, InterruptedException {
    discord = new FakeDiscord();
  }

  @Override
  public String name() {
    return "Discord";
  }

  @Override
  public String settingsYaml() {
    return """
        discord:
          api_url: %s
          gateway_url: %s
          guilds: ["%s"]
        """
        .formatted(discord.restBaseUrl(), discord.gatewayUrl(), FakeDiscord.GUILD_ID);
  }

  @Override
  public Map<String, String> environment() {
    return Map.of("DISCORD_TOKEN", FakeDiscord.TOKEN);
  }

  /** JDA registers the commands in the server once READY has come: it can then be asked. */
  @Override
  public void awaitConnected(Duration timeout) throws InterruptedException {
    discord.awaitRest(
        r ->
            r.method().equals("PUT")
                && r.path().endsWith("/guilds/" + FakeDiscord.GUILD_ID + "/commands"),
        timeout);
  }

  @Override
  public String ask(String question, Duration timeout) throws InterruptedException {
    String id = discord.newId();
    String token = "bench-" + id;
    discord.dispatch(
        "INTERACTION_CREATE", FakeDiscord.slashCommand(id, token, "ask", "question", question));
    FakeDiscord.Sent callback =
        discord.awaitRest(
            r -> r.path().startsWith("/interactions/" + id + "/" + token + "/callback"), timeout);
    requireAcknowledged(token);
    JsonNode message =
        callback.body().path("type").asInt() == CHANNEL_MESSAGE
            ? callback.body().path("data")
            : discord
                .awaitRest(
                    r ->
                        r.method().equals("PATCH")
                            && r.path().contains("/" + token + "/messages/@original"),
                    timeout)
                .body();
    return text(message);
  }

  /** A reply Discord refused (past the 3-second deadline, say) reached no attendee. */
  private void requireAcknowledged(String token) throws InterruptedException {
    long deadline = System.nanoTime() + ANSWERED_WITHIN.toNanos();
    while (!discord.acknowledged(token)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the fake Discord refused the initial response (late or invalid); see the serve log");
      }
      Thread.sleep(5);
    }
  }

  private static String text(JsonNode message) {
    StringBuilder text = new StringBuilder(message.path("content").asText(""));
    for (JsonNode embed : message.path("embeds")) {
      text.append('\n').append(embed.path("title").asText(""));
      text.append('\n').append(embed.path("description").asText(""));
    }
    return text.toString().strip();
  }

  @Override
  public void close() {
    try {
      discord.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
