package dev.usher.discord;

import java.util.Objects;

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

  /**
   * Where {@code settings} say: Discord itself unless {@code discord.api_url}/{@code gateway_url}
   * are set.
   */
  static DiscordEndpoints of(DiscordSettings settings) {
    return new DiscordEndpoints(settings.apiUrl(), settings.gatewayUrl(), settings.localGateway());
  }
}
