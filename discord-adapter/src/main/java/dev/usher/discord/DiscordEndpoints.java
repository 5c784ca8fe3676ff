package dev.usher.discord;

import java.util.Objects;
import net.dv8tion.jda.api.requests.RestConfig;

/**
 * Where JDA connects: Discord itself, or a stand-in on the test machine.
 *
 * @param restBaseUrl the REST API's base, ending in {@code /}
 * @param gatewayUrl the gateway's WebSocket URL; {@code null}-free, without query
 * @param local whether the gateway is a local stand-in that speaks uncompressed JSON
 */
record DiscordEndpoints(String restBaseUrl, String gatewayUrl, boolean local) {
  DiscordEndpoints {
    Objects.requireNonNull(restBaseUrl, "restBaseUrl");
    Objects.requireNonNull(gatewayUrl, "gatewayUrl");
    if (!restBaseUrl.endsWith("/")) {
      throw new IllegalArgumentException("restBaseUrl must end with /: " + restBaseUrl);
    }
  }

  static DiscordEndpoints discord() {
    return new DiscordEndpoints(RestConfig.DEFAULT_BASE_URL, "wss://gateway.discord.gg/", false);
  }
}
