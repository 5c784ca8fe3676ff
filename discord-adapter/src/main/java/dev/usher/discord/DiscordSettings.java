package dev.usher.discord;

import dev.usher.core.platform.PlatformSettings;
import dev.usher.core.platform.SecretVariable;
import dev.usher.core.platform.SectionRead;
import dev.usher.core.platform.TokenEndpoint;
import dev.usher.core.platform.UnknownKey;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.requests.RestConfig;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code discord:} section of {@code usher.yaml}.
 *
 * @param guilds ids of the servers to register slash commands in (instantly, per server); empty
 *     means register globally, which Discord may take up to an hour to show
 * @param apiUrl the REST API's base, ending with {@code /} (only changed for a proxy or tests):
 *     https, or plain http to a loopback address only, since the bot token goes with every call
 * @param gatewayUrl the gateway's WebSocket URL: wss, or plain ws to a loopback address only
 * @param tokenVariable the environment variable that holds the bot token ({@code token_variable},
 *     default {@value #DEFAULT_TOKEN_VARIABLE}); the token itself never stands in the file
 */
public record DiscordSettings(
    List<String> guilds, String apiUrl, String gatewayUrl, String tokenVariable)
    implements PlatformSettings {
  /** Discord's own REST API, the version JDA speaks. */
  public static final String DISCORD_API_URL = RestConfig.DEFAULT_BASE_URL;

  /** Discord's own gateway. */
  public static final String DISCORD_GATEWAY_URL = "wss://gateway.discord.gg/";

  /** Where the bot token is read from unless {@code discord.token_variable} names another. */
  public static final String DEFAULT_TOKEN_VARIABLE = "DISCORD_TOKEN";

  private static final Logger LOG = LoggerFactory.getLogger(DiscordSettings.class);

  /** Every key {@link #from} reads. */
  public static final Set<String> KEYS =
      Set.of("guilds", "api_url", "gateway_url", "token_variable");

  /** Discord itself, with commands registered in {@code guilds}. */
  public DiscordSettings(List<String> guilds) {
    this(guilds, DISCORD_API_URL, DISCORD_GATEWAY_URL, DEFAULT_TOKEN_VARIABLE);
  }

  public DiscordSettings {
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(gatewayUrl, "gatewayUrl");
    Objects.requireNonNull(tokenVariable, "tokenVariable");
    if (!apiUrl.endsWith("/")) {
      throw new IllegalArgumentException("discord.api_url must end with /: " + apiUrl);
    }
    TokenEndpoint.require("discord.api_url", apiUrl, "https", "http");
    TokenEndpoint.require("discord.gateway_url", gatewayUrl, "wss", "ws");
    guilds = List.copyOf(guilds);
    for (String guild : guilds) {
      if (!guild.matches("\\d{1,20}")) {
        throw new IllegalArgumentException("discord.guilds: '" + guild + "' is not a server id");
      }
    }
  }

  /**
   * Reads the section as YAML gives it.
   *
   * @throws IllegalArgumentException naming the key that is wrong
   */
  public static DiscordSettings from(Map<String, Object> section) {
    return read(section).settings();
  }

  /**
   * Reads the section as YAML gives it, with the keys it does not read, for the app to report.
   *
   * @throws IllegalArgumentException naming the key that is wrong
   */
  public static SectionRead<DiscordSettings> read(Map<String, Object> section) {
    String apiUrl = string(section, "api_url").orElse(DISCORD_API_URL);
    String gatewayUrl = string(section, "gateway_url").orElse(DISCORD_GATEWAY_URL);
    String tokenVariable =
        SecretVariable.name(
            "discord.token_variable", section.get("token_variable"), DEFAULT_TOKEN_VARIABLE);
    DiscordSettings read =
        new DiscordSettings(guilds(section.get("guilds")), apiUrl, gatewayUrl, tokenVariable);
    return new SectionRead<>(read, UnknownKey.in("discord", section, KEYS));
  }

  /**
   * Says once, when the bot is about to connect, that the token goes to hosts other than Discord's:
   * reading the settings (for ./usher check, for the unknown keys) sends nothing, so says nothing.
   */
  void warnWhenNotDiscord() {
    if (!apiUrl.equals(DISCORD_API_URL) || !gatewayUrl.equals(DISCORD_GATEWAY_URL)) {
      LOG.warn(
          "discord.api_url and gateway_url send the bot token to {} and {} instead of Discord",
          URI.create(apiUrl).getHost(),
          URI.create(gatewayUrl).getHost());
    }
  }

  @Override
  public List<String> secretVariables() {
    return List.of(tokenVariable);
  }

  /** Whether the gateway is a stand-in on this machine, which speaks uncompressed JSON. */
  boolean localGateway() {
    return TokenEndpoint.loopback(URI.create(gatewayUrl));
  }

  private static List<String> guilds(@Nullable Object guilds) {
    if (guilds == null) {
      return List.of();
    }
    if (!(guilds instanceof List<?> list)) {
      throw new IllegalArgumentException("discord.guilds must be a list of server ids");
    }
    List<String> ids = new ArrayList<>();
    for (Object id : list) {
      // YAML reads an unquoted id as a number; both spellings mean the same server.
      ids.add(String.valueOf(id).strip());
    }
    return ids;
  }

  private static Optional<String> string(Map<String, Object> section, String key) {
    return Optional.ofNullable(section.get(key))
        .map(String::valueOf)
        .map(String::strip)
        .filter(v -> !v.isEmpty());
  }
}
