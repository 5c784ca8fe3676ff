package dev.usher.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code discord:} section of {@code usher.yaml}.
 *
 * @param guilds ids of the servers to register slash commands in (instantly, per server); empty
 *     means register globally, which Discord may take up to an hour to show
 */
public record DiscordSettings(List<String> guilds) {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordSettings.class);
  /** Every key {@link #from} reads. */
  public static final Set<String> KEYS = Set.of("guilds");

  public DiscordSettings {
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
    for (String key : section.keySet()) {
      if (!KEYS.contains(key)) {
        // A warning, not a failure: other features (reminders) may keep their own keys here.
        LOG.warn("discord.{} is not a Discord adapter setting (it reads: {})", key, KEYS);
      }
    }
    Object guilds = section.get("guilds");
    if (guilds == null) {
      return new DiscordSettings(List.of());
    }
    if (!(guilds instanceof List<?> list)) {
      throw new IllegalArgumentException("discord.guilds must be a list of server ids");
    }
    List<String> ids = new ArrayList<>();
    for (Object id : list) {
      // YAML reads an unquoted id as a number; both spellings mean the same server.
      ids.add(String.valueOf(id).strip());
    }
    return new DiscordSettings(ids);
  }
}
