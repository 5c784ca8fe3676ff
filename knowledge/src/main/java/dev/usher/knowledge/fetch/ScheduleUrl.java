package dev.usher.knowledge.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;

/**
 * A schedule entry that names a URL rather than a file: {@code https://}, or plain {@code http://}
 * only to a loopback address (a test server, a local proxy), since a schedule fetched in clear over
 * a network could be altered on the way.
 */
public final class ScheduleUrl {
  private ScheduleUrl() {}

  /** True when a schedule entry names a URL ({@code scheme://...}) rather than a file. */
  public static boolean isUrl(String entry) {
    Objects.requireNonNull(entry, "entry");
    return entry.strip().matches("(?i)[a-z][a-z0-9+.-]*://.*");
  }

  /**
   * The URL of a schedule entry.
   *
   * @throws IllegalArgumentException saying what is wrong: not a URL, another scheme, http to a
   *     host that is not loopback, user and password in the URL
   */
  public static URI parse(String entry) {
    Objects.requireNonNull(entry, "entry");
    URI url;
    try {
      url = new URI(entry.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "schedule '" + entry + "' is not a valid URL: " + e.getReason());
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (url.getHost() == null) {
      throw new IllegalArgumentException("schedule '" + entry + "' has no host name");
    }
    if (url.getRawUserInfo() != null) {
      // Credentials in a URL end up in logs and reports; a secret belongs in the environment.
      throw new IllegalArgumentException(
          "schedule '" + entry + "': a user or password in the URL is not allowed");
    }
    switch (scheme) {
      case "https" -> {}
      case "http" -> {
        if (!loopback(url.getHost())) {
          throw new IllegalArgumentException(
              "schedule '"
                  + entry
                  + "': plain http is only allowed to this machine (127.0.0.1, localhost); use https");
        }
      }
      default ->
          throw new IllegalArgumentException(
              "schedule '" + entry + "': only https:// URLs are fetched");
    }
    return url;
  }

  /**
   * The URL as logs and reports show it: without its query, which for some schedule tools carries
   * an access token ({@code ?token=...}), so {@code https://host/path?…}.
   */
  public static String display(URI url) {
    Objects.requireNonNull(url, "url");
    String shown =
        url.getScheme()
            + "://"
            + url.getRawAuthority()
            + (url.getRawPath() == null ? "" : url.getRawPath());
    return url.getRawQuery() == null ? shown : shown + "?\u2026";
  }

  /** Whether {@code host} is this machine, without asking DNS for any name but localhost. */
  private static boolean loopback(String host) {
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (bare.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
      return false; // a name: resolving it here would let DNS decide what "local" is
    }
    try {
      return InetAddress.getByName(bare).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
