package dev.usher.app.config;

import dev.usher.ledger.postgres.PostgresLocation;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code state:} and {@code replicas:} of {@code usher.yaml}: with a PostgreSQL state, {@code
 * serve} is one replica among several that share the reminder ledger and elect a leader.
 *
 * <p>The URL holds the database password, so it comes from the environment: {@code state:
 * ${USHER_STATE_URL}} names the variable. A URL written in the file itself is accepted only without
 * a password. Nothing here puts the password in a message: {@link #describe()} names the host, port
 * and database.
 *
 * @param location the shared database
 * @param variable the environment variable the URL was read from; empty when written in the file
 * @param takeover the longest a standby waits before it leads when the leader dies or loses the
 *     database ({@code replicas.takeover}, default {@link #DEFAULT_TAKEOVER})
 */
public record ReplicaSettings(
    PostgresLocation location, Optional<String> variable, Duration takeover) {
  /** The environment variable the README suggests for the URL. */
  public static final String DEFAULT_VARIABLE = "USHER_STATE_URL";

  /** The keys of {@code replicas:}; any other is reported by {@code ./usher check}. */
  public static final Set<String> KEYS = Set.of("takeover");

  public static final Duration DEFAULT_TAKEOVER = Duration.ofSeconds(15);

  /** Below this, renewing the lease would be a steady load on the database and on the network. */
  public static final Duration SHORTEST_TAKEOVER = Duration.ofSeconds(1);

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

  public ReplicaSettings {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(variable, "variable");
    if (takeover.compareTo(SHORTEST_TAKEOVER) < 0) {
      throw new SettingsException("replicas.takeover must be at least 1s: " + takeover);
    }
  }

  /**
   * The replica settings of a folder; empty when {@code state:} is not set (one {@code serve}, the
   * folder's own SQLite ledger).
   *
   * @throws SettingsException naming the key, the variable or what the URL lacks, never the URL
   */
  public static Optional<ReplicaSettings> read(
      UsherSettings settings, Map<String, String> environment) {
    if (settings.state().isEmpty()) {
      if (!settings.section("replicas").isEmpty()) {
        throw new SettingsException(
            "replicas: takes effect only with state: ${"
                + DEFAULT_VARIABLE
                + "} (a postgres:// URL; README: running two replicas)");
      }
      return Optional.empty();
    }
    String written = settings.state().get();
    Matcher reference = VARIABLE.matcher(written.strip());
    Optional<String> variable = Optional.empty();
    String url = written;
    if (reference.matches()) {
      variable = Optional.of(reference.group(1));
      url =
          Optional.ofNullable(environment.get(variable.get()))
              .filter(v -> !v.isBlank())
              .orElseThrow(
                  () ->
                      new SettingsException(
                          "state: the environment variable "
                              + reference.group(1)
                              + " is not set (it holds the postgres:// URL of the shared state)"));
    } else if (written.contains("${")) {
      throw new SettingsException(
          "state: write the variable alone, as ${" + DEFAULT_VARIABLE + "}");
    } else if (hasPassword(written)) {
      throw new SettingsException(
          "state: the URL in usher.yaml holds a password; put the URL in the"
              + " environment and write state: ${"
              + DEFAULT_VARIABLE
              + "}");
    }
    PostgresLocation location;
    try {
      location = PostgresLocation.parse(url);
    } catch (IllegalArgumentException e) {
      throw new SettingsException(
          "state" + variable.map(v -> " (" + v + ")").orElse("") + ": " + e.getMessage());
    }
    Duration takeover =
        Optional.ofNullable(settings.section("replicas").get("takeover"))
            .map(v -> ReminderSettingsReader.duration(v.toString(), "replicas.takeover"))
            .orElse(DEFAULT_TAKEOVER);
    return Optional.of(new ReplicaSettings(location, variable, takeover));
  }

  private static boolean hasPassword(String url) {
    try {
      String userInfo = new URI(url.strip()).getRawUserInfo();
      return userInfo != null && userInfo.contains(":");
    } catch (URISyntaxException e) {
      return url.contains("@"); // cannot tell: refuse anything that may carry credentials
    }
  }

  /**
   * How long a lease lasts without renewal: half the takeover time. A standby polls every {@link
   * #renewEvery()}, so it holds the lease at most two thirds of the takeover time after the
   * leader's last renewal, and the last third is left for connecting the platforms.
   */
  public Duration leaseLength() {
    return takeover.dividedBy(2);
  }

  /** How often the leader renews its lease and a standby tries to take it: a sixth of takeover. */
  public Duration renewEvery() {
    return takeover.dividedBy(6);
  }

  /**
   * How long after its last successful renewal a leader stops posting when it cannot renew: a third
   * of the takeover time (two renewals missed), a sixth before its lease can end.
   */
  public Duration stopPostingAfter() {
    return takeover.dividedBy(3);
  }

  /** Where the state is, for logs and {@code check}: host, port, database, user; no password. */
  public String describe() {
    return "PostgreSQL " + location + variable.map(v -> " (from " + v + ")").orElse("");
  }
}
