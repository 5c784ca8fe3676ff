package dev.usher.slack;

import dev.usher.core.command.CommandSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the Slack app manifest ({@code slack-manifest.yaml}) from the command catalog, so the app
 * an organizer creates by pasting it has exactly the commands, events and scopes Usher uses. {@code
 * ./usher slack-manifest} prints it for a conference's {@code usher.yaml}.
 */
public final class SlackManifestWriter {
  /**
   * The bot scopes, each with what it is for. A DM is answered in the conversation it came from,
   * which {@code chat:write} allows; {@code im:write} opens one for an agenda's message before a
   * starred session, and nothing lists direct messages ({@code im:read}).
   */
  static final Map<String, String> BOT_SCOPES =
      scopes(
          "app_mentions:read", "receive @Usher mentions in channels (app_mention)",
          "channels:history",
              "read a public channel's recent history, to tell after a crash whether"
                  + " a reminder was posted",
          "chat:write", "post answers and reminders",
          "commands", "offer the slash commands",
          "files:write", "send an attendee their agenda as an .ics file (/agenda ics)",
          "groups:history", "the same for private channels",
          "im:history", "receive direct messages to the bot (message.im)",
          "im:write", "open a direct message to remind an attendee of a session they starred",
          "users:read",
              "tell whether who runs an organizer command (/reload) is a workspace admin");

  /** The name the app has in Slack. */
  static final String APP_NAME = "Usher";

  /** The events the adapter handles. */
  static final List<String> BOT_EVENTS = List.of("app_mention", "message.im");

  private SlackManifestWriter() {}

  /**
   * The manifest for Socket Mode (no request URL), or for HTTP mode when {@code publicUrl} (such as
   * {@code https://usher.example.org}) is given.
   */
  public static String manifest(
      String appName, SlackSettings settings, Optional<String> publicUrl) {
    Optional<String> requestUrl =
        publicUrl.map(u -> u.replaceAll("/+$", "") + SlackHttpServer.PATH);
    StringBuilder yaml = new StringBuilder();
    yaml.append("# Written by ./usher slack-manifest from usher.yaml and the command catalog.\n")
        .append("# Paste it at https://api.slack.com/apps > Create New App > From a manifest.\n")
        .append("display_information:\n")
        .append("  name: ")
        .append(quote(appName))
        .append('\n')
        .append("  description: ")
        .append(
            quote(
                "Answers questions about the conference from its" + " own documents and schedule."))
        .append('\n')
        .append("features:\n")
        .append("  app_home:\n")
        .append("    home_tab_enabled: false\n")
        .append("    messages_tab_enabled: true\n")
        .append("    messages_tab_read_only_enabled: false\n")
        .append("  bot_user:\n")
        .append("    display_name: ")
        .append(quote(appName))
        .append('\n')
        .append("    always_online: true\n")
        .append("  slash_commands:\n");
    for (CommandSpec command : SlackSettings.slackCommands()) {
      yaml.append("    - command: ")
          .append(quote(settings.slashCommand(command.name())))
          .append('\n');
      requestUrl.ifPresent(u -> yaml.append("      url: ").append(quote(u)).append('\n'));
      yaml.append("      description: ").append(quote(command.description())).append('\n');
      String hint = usageHint(command);
      if (!hint.isEmpty()) {
        yaml.append("      usage_hint: ").append(quote(hint)).append('\n');
      }
      yaml.append("      should_escape: false\n");
    }
    yaml.append("oauth_config:\n").append("  scopes:\n").append("    bot:\n");
    BOT_SCOPES.forEach(
        (scope, why) ->
            yaml.append("      - ").append(scope).append("  # ").append(why).append('\n'));
    yaml.append("settings:\n").append("  event_subscriptions:\n");
    requestUrl.ifPresent(u -> yaml.append("    request_url: ").append(quote(u)).append('\n'));
    yaml.append("    bot_events:\n");
    BOT_EVENTS.forEach(e -> yaml.append("      - ").append(e).append('\n'));
    // Interactivity delivers the clicks on answers' Helpful / Not helpful buttons.
    yaml.append("  interactivity:\n").append("    is_enabled: true\n");
    requestUrl.ifPresent(u -> yaml.append("    request_url: ").append(quote(u)).append('\n'));
    yaml.append("  org_deploy_enabled: false\n")
        .append("  socket_mode_enabled: ")
        .append(requestUrl.isEmpty())
        .append('\n')
        .append("  token_rotation_enabled: false\n");
    return yaml.toString();
  }

  /** The manifest with the catalog's own command names, for Socket Mode: the committed file. */
  public static String defaultManifest() {
    return manifest(APP_NAME, SlackSettings.defaults(), Optional.empty());
  }

  private static Map<String, String> scopes(String... scopeAndPurpose) {
    Map<String, String> scopes = new java.util.LinkedHashMap<>();
    for (int i = 0; i < scopeAndPurpose.length; i += 2) {
      scopes.put(scopeAndPurpose[i], scopeAndPurpose[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(scopes);
  }

  /** The first option is typed as is, the others by name: {@code [day] [room=...] [track=...]}. */
  private static String usageHint(CommandSpec command) {
    List<String> parts = new java.util.ArrayList<>();
    for (int i = 0; i < command.options().size(); i++) {
      var option = command.options().get(i);
      String part = i == 0 ? option.name() : option.name() + "=...";
      parts.add(option.required() ? part : "[" + part + "]");
    }
    return String.join(" ", parts);
  }

  private static String quote(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
