package dev.usher.core.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a platform endpoint set in {@code usher.yaml} (a proxy, or a stand-in for tests) before a
 * token is ever sent there: the organizer named the host, and the token travels encrypted, or in
 * plain text only to this machine.
 */
public final class TokenEndpoint {
  private TokenEndpoint() {}

  /**
   * The URL, parsed, when its scheme is {@code secureScheme}, or {@code plainScheme} to a loopback
   * address.
   *
   * @param setting the key it was read from, for the message ({@code slack.api_url})
   * @throws IllegalArgumentException naming the setting, when the URL is not one of those
   */
  public static URI require(String setting, String url, String secureScheme, String plainScheme) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(setting + " is not a URL: " + url, e);
    }
    String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
    String host = Optional.ofNullable(uri.getHost()).orElse("");
    if (host.isEmpty()
        || !(scheme.equals(secureScheme) || scheme.equals(plainScheme) && loopback(host))) {
      throw new IllegalArgumentException(
          setting
              + " must be "
              + secureScheme
              + " (plain "
              + plainScheme
              + " only to a loopback address, for tests), since the token goes with every call: "
              + url);
    }
    return uri;
  }

  /** Whether {@code uri} goes to this machine only. */
  public static boolean loopback(URI uri) {
    return uri.getHost() != null && loopback(uri.getHost());
  }

  private static boolean loopback(String host) {
    String bare = host.replaceAll("^\\[|\\]$", "");
    return bare.equals("localhost") || bare.equals("::1") || bare.startsWith("127.");
  }
}
