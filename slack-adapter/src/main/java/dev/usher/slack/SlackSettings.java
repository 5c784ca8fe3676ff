package dev.usher.slack;

import dev.usher.core.command.CommandCatalog;
import dev.usher.core.command.CommandSpec;
import dev.usher.core.platform.PlatformSettings;
import dev.usher.core.platform.SecretVariable;
import dev.usher.core.platform.SectionRead;
import dev.usher.core.platform.TokenEndpoint;
import dev.usher.core.platform.UnknownKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code slack:} section of {@code usher.yaml}.
 *
 * @param mode how Slack reaches the bot: a Socket Mode connection (default) or HTTP requests
 * @param port the port the HTTP mode listens on (0: any free port); unused in Socket Mode
 * @param bind the address the HTTP mode listens on: loopback by default, for a proxy on the same
 *     machine; {@code 0.0.0.0} for every interface
 * @param commandNames the Slack slash command name (without {@code /}) of each catalog command
 * @param apiUrl the Slack Web API base URL, ending with {@code /} (only changed for a proxy or
 *     tests): https, or plain http to a loopback address only, since the bot token goes with every
 *     call
 * @param organizers the Slack user ids (such as {@code U0123ABCD}) that may run organizer-only
 *     commands besides the workspace's admins and owners
 * @param secrets the environment variables Slack's secrets are read from
 */
public record SlackSettings(
    Mode mode,
    int port,
    String bind,
    Map<String, String> commandNames,
    String apiUrl,
    Set<String> organizers,
    SecretVariables secrets)
    implements PlatformSettings {
  /** Slack's own Web API. */
  public static final String SLACK_API_URL = "https://slack.com/api/";

  /** Where the HTTP mode listens unless {@code slack.bind} says otherwise. */
  public static final String DEFAULT_BIND = "127.0.0.1";

  private static final Logger LOG = LoggerFactory.getLogger(SlackSettings.class);

  private static final Pattern SLASH_NAME = Pattern.compile("[a-z0-9_-]{1,31}");
  private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");

  /**
   * The names of the environment variables Slack's secrets are read from; the secrets themselves
   * never stand in the file.
   *
   * @param botToken {@code bot_token_variable}, default {@code SLACK_BOT_TOKEN}
   * @param appToken {@code app_token_variable}, default {@code SLACK_APP_TOKEN} (Socket Mode)
   * @param signingSecret {@code signing_secret_variable}, default {@code SLACK_SIGNING_SECRET}
   *     (HTTP mode)
   */
  public record SecretVariables(String botToken, String appToken, String signingSecret) {
    /** Slack's own names for them, as its documentation uses. */
    public static final SecretVariables DEFAULTS =
        new SecretVariables("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET");

    public SecretVariables {
      Objects.requireNonNull(botToken, "botToken");
      Objects.requireNonNull(appToken, "appToken");
      Objects.requireNonNull(signingSecret, "signingSecret");
    }

    static SecretVariables from(Map<String, Object> settings) {
      return new SecretVariables(
          SecretVariable.name(
              "slack.bot_token_variable", settings.get("bot_token_variable"), DEFAULTS.botToken),
          SecretVariable.name(
              "slack.app_token_variable", settings.get("app_token_variable"), DEFAULTS.appToken),
          SecretVariable.name(
              "slack.signing_secret_variable",
              settings.get("signing_secret_variable"),
              DEFAULTS.signingSecret));
    }
  }

  /** How Slack delivers events. */
  public enum Mode {
    SOCKET,
    HTTP
  }

  public SlackSettings {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(secrets, "secrets");
    if (bind.isBlank()) {
      throw new IllegalArgumentException("slack.bind must be an address such as 127.0.0.1");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("slack.port must be 0..65535: " + port);
    }
    commandNames = Map.copyOf(commandNames);
    organizers = Set.copyOf(organizers);
    for (String user : organizers) {
      if (!USER_ID.matcher(user).matches()) {
        throw new IllegalArgumentException(
            "slack.organizers lists '"
                + user
                + "', which is not a"
                + " Slack user id such as U0123ABCD (a member's profile > ... > Copy member ID)");
      }
    }
    for (Map.Entry<String, String> name : commandNames.entrySet()) {
      if (!SLASH_NAME.matcher(name.getValue()).matches()) {
        throw new IllegalArgumentException(
            "slack.commands."
                + name.getKey()
                + " must be lower-case letters, digits, - or _"
                + " (at most 31), without the /: "
                + name.getValue());
      }
    }
    if (!apiUrl.endsWith("/")) {
      throw new IllegalArgumentException("slack.api_url must end with /: " + apiUrl);
    }
    TokenEndpoint.require("slack.api_url", apiUrl, "https", "http");
  }

  /** Every key {@link #read} reads. */
  public static final Set<String> KEYS =
      Set.of(
          "mode",
          "port",
          "bind",
          "command_prefix",
          "commands",
          "api_url",
          "organizers",
          "bot_token_variable",
          "app_token_variable",
          "signing_secret_variable");

  /** Socket Mode, the catalog's own command names, Slack's API, Slack's variable names. */
  public static SlackSettings defaults() {
    return from(Map.of());
  }

  /**
   * Reads the section as YAML gives it: {@code mode: socket|http}, {@code port: 3000}, {@code bind:
   * 127.0.0.1}, {@code command_prefix: usher-} and {@code commands: {ask: usher-ask}} (a command's
   * own name wins over the prefix), {@code api_url}, {@code organizers: [U0123ABCD]} and the {@code
   * *_variable} names of the secrets' environment variables.
   *
   * @throws IllegalArgumentException naming the key when a value is wrong
   */
  public static SlackSettings from(Map<String, Object> settings) {
    return read(settings).settings();
  }

  /**
   * Like {@link #from}, with the keys it does not read (a misspelt key, a command the catalog does
   * not have under {@code commands}), for the app to report.
   *
   * @throws IllegalArgumentException naming the key when a value is wrong
   */
  public static SectionRead<SlackSettings> read(Map<String, Object> settings) {
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
    List<UnknownKey> unknown = new ArrayList<>(UnknownKey.in("slack", settings, KEYS));
    unknown.addAll(UnknownKey.in("slack.commands", own, names.keySet()));
    String apiUrl = string(settings, "api_url").orElse(SLACK_API_URL);
    String bind = string(settings, "bind").orElse(DEFAULT_BIND).strip();
    SlackSettings read =
        new SlackSettings(
            mode,
            port,
            bind,
            names,
            apiUrl,
            organizers(settings.get("organizers")),
            SecretVariables.from(settings));
    if (!apiUrl.equals(SLACK_API_URL)) {
      LOG.warn(
          "slack.api_url sends the bot token to {} instead of slack.com",
          TokenEndpoint.require("slack.api_url", apiUrl, "https", "http").getHost());
    }
    return new SectionRead<>(read, unknown);
  }

  /**
   * The catalog commands Slack offers: all of them. Slack checks no permission for a slash command,
   * so who may run an organizer-only one is decided by the core from the caller's role.
   */
  public static List<CommandSpec> slackCommands() {
    return CommandCatalog.commands();
  }

  @Override
  public List<String> secretVariables() {
    return List.of(secrets.botToken(), secrets.appToken(), secrets.signingSecret());
  }

  /** Whether {@code userId} is listed in {@code slack.organizers}. */
  public boolean listsOrganizer(String userId) {
    return organizers.contains(userId);
  }

  private static Set<String> organizers(@Nullable Object value) {
    if (value == null) {
      return Set.of();
    }
    if (!(value instanceof List<?> list)) {
      throw new IllegalArgumentException(
          "slack.organizers must be a list of user ids such as [U0123ABCD]");
    }
    return list.stream()
        .map(v -> String.valueOf(v).strip())
        .collect(java.util.stream.Collectors.toSet());
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

  private static Map<String, String> commands(@Nullable Object value) {
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
