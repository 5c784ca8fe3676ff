package dev.usher.ledger.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

/**
 * Where the shared database is, from a URL such as {@code
 * postgres://usher:secret@db.example.org:5432/usher} (or {@code postgresql://}). The password never
 * appears in {@link #toString()} nor in any error message: the URL comes from the environment and
 * must not reach a log.
 *
 * @param jdbcUrl the JDBC URL, without user or password
 */
public record PostgresLocation(String jdbcUrl, String user, String password) {
  public PostgresLocation {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
  }

  /**
   * Reads a {@code postgres://user:password@host:port/database} URL.
   *
   * @throws IllegalArgumentException saying what is missing, without repeating the URL
   */
  public static PostgresLocation parse(String url) {
    Objects.requireNonNull(url, "url");
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw invalid("it is not a URL");
    }
    if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
      throw invalid("it does not start with postgres://");
    }
    if (uri.getHost() == null) {
      throw invalid("it names no host");
    }
    String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    if (database.isEmpty()) {
      throw invalid("it names no database");
    }
    String user = "";
    String password = "";
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : "";
    }
    int port = uri.getPort() < 0 ? 5432 : uri.getPort();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return new PostgresLocation(
        "jdbc:postgresql://" + uri.getHost() + ":" + port + "/" + database + query, user, password);
  }

  private static IllegalArgumentException invalid(String why) {
    return new IllegalArgumentException(
        "the PostgreSQL state URL cannot be used ("
            + why
            + "); expected postgres://user:password@host:port/database");
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  /**
   * User and password as the driver takes them, and a connect timeout: an unreachable database must
   * fail a lease renewal in seconds, not after the operating system's TCP timeout. The URL's own
   * parameters win over it.
   */
  Properties credentials() {
    Properties properties = new Properties();
    properties.setProperty("connectTimeout", "5");
    if (!user.isEmpty()) {
      properties.setProperty("user", user);
    }
    if (!password.isEmpty()) {
      properties.setProperty("password", password);
    }
    return properties;
  }

  /**
   * Host, port, database and user; never the password, nor the URL's parameters (which may hold
   * one).
   */
  @Override
  public String toString() {
    return jdbcUrl.replaceFirst("\\?.*$", "") + (user.isEmpty() ? "" : " as " + user);
  }
}
