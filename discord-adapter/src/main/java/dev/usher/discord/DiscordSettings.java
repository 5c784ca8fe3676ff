package dev.usher.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code discord:} section of {@code usher.yaml}.
 *
 * @param guilds ids of the servers to register slash commands in (instantly, per server); empty
 *     means register globally, which Discord may take up to an hour to show
 */
public record DiscordSettings(List<String> guilds) {
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
      if (!key.equals("guilds")) {
        throw new IllegalArgumentException("discord." + key + ": unknown setting (known: guilds)");
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
