package dev.usher.slack;

import dev.usher.core.command.CommandCatalog;
import dev.usher.core.command.CommandSpec;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code slack:} section of {@code usher.yaml}.
 *
 * @param mode how Slack reaches the bot: a Socket Mode connection (default) or HTTP requests
 * @param port the port the HTTP mode listens on (0: any free port); unused in Socket Mode
 * @param commandNames the Slack slash command name (without {@code /}) of each catalog command
 * @param apiUrl the Slack Web API base URL, ending with {@code /} (only changed for a proxy or tests)
 */
public record SlackSettings(Mode mode, int port, Map<String, String> commandNames, String apiUrl) {
  /** Slack's own Web API. */
  public static final String SLACK_API_URL = "https://slack.com/api/";

  private static final Pattern SLASH_NAME = Pattern.compile("[a-z0-9_-]{1,31}");

  /** How Slack delivers events. */
  public enum Mode {
    SOCKET,
    HTTP
  }

  public SlackSettings {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(apiUrl, "apiUrl");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("slack.port must be 0..65535: " + port);
    }
    commandNames = Map.copyOf(commandNames);
    for (Map.Entry<String, String> name : commandNames.entrySet()) {
      if (!SLASH_NAME.matcher(name.getValue()).matches()) {
        throw new IllegalArgumentException(
            "slack.commands." + name.getKey() + " must be lower-case letters, digits, - or _"
                + " (at most 31), without the /: " + name.getValue());
      }
    }
    if (!apiUrl.endsWith("/")) {
      throw new IllegalArgumentException("slack.api_url must end with /: " + apiUrl);
    }
  }

  /** Socket Mode, the catalog's own command names, Slack's API. */
  public static SlackSettings defaults() {
    return from(Map.of());
  }

  /**
   * Reads the section as YAML gives it: {@code mode: socket|http}, {@code port: 3000},
   * {@code command_prefix: usher-} and {@code commands: {ask: usher-ask}} (a command's own name wins
   * over the prefix), {@code api_url}.
   *
   * @throws IllegalArgumentException naming the key when a value is wrong
   */
  public static SlackSettings from(Map<String, Object> settings) {
    Mode mode =
        switch (string(settings, "mode").orElse("socket").toLowerCase(Locale.ROOT)) {
          case "socket" -> Mode.SOCKET;
          case "http" -> Mode.HTTP;
          default ->
              throw new IllegalArgumentException(
                  "slack.mode must be socket or http: " + settings.get("mode"));
        };
    int port = string(settings, "port").map(SlackSettings::port).orElse(3000);
    String prefix = string(settings, "command_prefix").orElse("");
    Map<String, String> own = commands(settings.get("commands"));
    Map<String, String> names = new LinkedHashMap<>();
    for (CommandSpec command : slackCommands()) {
      names.put(command.name(), own.getOrDefault(command.name(), prefix + command.name()));
    }
    for (String key : own.keySet()) {
      if (!names.containsKey(key)) {
        throw new IllegalArgumentException("slack.commands." + key + " is not a command; known: "
            + names.keySet());
      }
    }
    String apiUrl = string(settings, "api_url").orElse(SLACK_API_URL);
    URI.create(apiUrl);
    return new SlackSettings(mode, port, names, apiUrl);
  }

  /**
   * The catalog commands Slack offers: all but the organizer-only ones, since a slash command carries
   * no permission Slack checks for us.
   */
  public static List<CommandSpec> slackCommands() {
    return CommandCatalog.commands().stream().filter(c -> !c.organizerOnly()).toList();
  }

  /** The slash command, with its {@code /}, for catalog command {@code name}. */
  public String slashCommand(String name) {
    String slackName = commandNames.get(name);
    if (slackName == null) {
      throw new IllegalArgumentException("not a Slack command: " + name);
    }
    return "/" + slackName;
  }

  /** The catalog command a slash command (such as {@code /usher-ask}) stands for. */
  public Optional<String> catalogName(String slashCommand) {
    return commandNames.entrySet().stream()
        .filter(e -> ("/" + e.getValue()).equals(slashCommand))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private static int port(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("slack.port must be a number: " + value, e);
    }
  }

  private static Map<String, String> commands(Object value) {
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("slack.commands must be a map such as {ask: usher-ask}");
    }
    Map<String, String> names = new LinkedHashMap<>();
    map.forEach((k, v) -> names.put(String.valueOf(k), String.valueOf(v).replaceFirst("^/", "")));
    return names;
  }

  private static Optional<String> string(Map<String, Object> settings, String key) {
    return Optional.ofNullable(settings.get(key)).map(String::valueOf).filter(v -> !v.isBlank());
  }
}
