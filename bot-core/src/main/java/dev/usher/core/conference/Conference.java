package dev.usher.core.conference;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The conference a bot serves: its name, its time zone (every local time is read in it) and the
 * line that tells attendees where to find a human when the bot does not know.
 */
public record Conference(String name, ZoneId zone, Optional<String> help, Optional<String> url) {
  public Conference {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(help, "help");
    Objects.requireNonNull(url, "url");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
  }
}
