package dev.usher.app.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.usher.app.config.AgendaSettings;
import dev.usher.app.config.QuestionLogSettings;
import dev.usher.app.config.ReminderSettingsReader;
import dev.usher.app.config.SettingsException;
import dev.usher.app.config.SettingsLoader;
import dev.usher.app.config.UsherSettings;
import dev.usher.core.platform.ChatPlatformProvider;
import dev.usher.core.reminder.Channels;
import dev.usher.core.reminder.ReminderSettings;
import dev.usher.knowledge.io.ReadFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The problems in a folder's {@code usher.yaml} that loading it lets pass: keys nobody reads (a
 * misspelling, with "did you mean"), reminder settings that are wrong, and channel ids that cannot
 * be ids. Cheap: reads only {@code usher.yaml}, so every command can run it.
 */
public final class SettingsCheck {
  /** Every top-level key some part of Usher reads. */
  static final Set<String> TOP_LEVEL_KEYS =
      Set.of(
          "name",
          "timezone",
          "url",
          "documents",
          "schedule",
          "synonyms",
          "help",
          "index",
          "max_file_mb",
          "semantic",
          "discord",
          "slack",
          "reminders",
          "state",
          "replicas",
          "schedule_refresh",
          "announce",
          "questions",
          "agenda");

  static final Set<String> REMINDER_KEYS = Set.of("daily", "before_session", "catch_up_grace");

  /** A Discord channel id is a snowflake: 17 to 20 digits. */
  private static final Pattern DISCORD_ID = Pattern.compile("\\d{17,20}");

  /**
   * A Slack channel id: C (public), G (private) or D (direct), then upper-case letters and digits.
   */
  private static final Pattern SLACK_ID = Pattern.compile("[CGD][A-Z0-9]{8,}");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private SettingsCheck() {}

  /** The problems of {@code settings}' {@code usher.yaml}, one line each; none without the file. */
  public static List<String> problems(UsherSettings settings) {
    Path file = settings.folder().resolve(SettingsLoader.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    List<String> problems = new ArrayList<>();
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (IOException e) {
      return List.of(file.getFileName() + ": cannot be read again: " + ReadFailure.describe(e));
    }
    problems.addAll(keyProblems(root));
    try {
      ReminderSettings reminders = ReminderSettingsReader.read(settings.section("reminders"));
      channels(reminders).forEach(target -> suspiciousChannel("reminders", target, problems));
      ReminderSettingsReader.announceChannels(settings.section("announce"))
          .targets()
          .forEach(target -> suspiciousChannel("announce", target, problems));
      AgendaSettings.read(settings.section("agenda"));
    } catch (SettingsException e) {
      if (!String.valueOf(e.getMessage())
          .contains("is not a known key")) { // reported above, with "did you mean"
        problems.add(SettingsLoader.FILE_NAME + ": " + e.getMessage());
      }
    }
    try {
      QuestionLogSettings.read(settings.section("questions"));
    } catch (SettingsException e) {
      if (!String.valueOf(e.getMessage()).contains("is not a known key")) {
        problems.add(SettingsLoader.FILE_NAME + ": " + e.getMessage());
      }
    }
    return problems;
  }

  /**
   * The keys of a {@code usher.yaml} that nobody reads, with "did you mean"; read even when the
   * file does not load, since a misspelt key is often why a required one is missing.
   */
  public static List<String> keyProblems(Path folder) {
    try {
      JsonNode root = YAML.readTree(folder.resolve(SettingsLoader.FILE_NAME).toFile());
      return root == null ? List.of() : keyProblems(root);
    } catch (IOException e) {
      return List.of(); // the load has already said why the file cannot be read
    }
  }

  private static List<String> keyProblems(JsonNode root) {
    List<String> problems = new ArrayList<>();
    root.fieldNames().forEachRemaining(key -> unknownKey(key, TOP_LEVEL_KEYS, "", problems));
    root.path("reminders")
        .fieldNames()
        .forEachRemaining(key -> unknownKey(key, REMINDER_KEYS, "reminders.", problems));
    root.path("questions")
        .fieldNames()
        .forEachRemaining(key -> unknownKey(key, QuestionLogSettings.KEYS, "questions.", problems));
    root.path("agenda")
        .fieldNames()
        .forEachRemaining(key -> unknownKey(key, AgendaSettings.KEYS, "agenda.", problems));
    for (ChatPlatformProvider platform : ServiceLoader.load(ChatPlatformProvider.class)) {
      String section = platform.name();
      root.path(section)
          .fieldNames()
          .forEachRemaining(
              key -> unknownKey(key, platform.settingKeys(), section + ".", problems));
    }
    return problems;
  }

  private static void unknownKey(
      String key, Set<String> known, String path, List<String> problems) {
    if (known.contains(key)) {
      return;
    }
    String hint =
        Spelling.closest(key, known)
            .map(k -> ": did you mean '" + path + k + "'?")
            .orElse(
                ": not a key Usher reads (known: "
                    + String.join(", ", known.stream().sorted().toList())
                    + ")");
    problems.add(SettingsLoader.FILE_NAME + ": unknown key '" + path + key + "'" + hint);
  }

  private static Set<Channels.Target> channels(ReminderSettings reminders) {
    Set<Channels.Target> targets = new LinkedHashSet<>();
    reminders.daily().ifPresent(d -> targets.addAll(d.channels().targets()));
    reminders
        .beforeSession()
        .ifPresent(
            b -> {
              targets.addAll(b.channels().targets());
              b.rooms().values().forEach(c -> targets.addAll(c.targets()));
            });
    return targets;
  }

  private static void suspiciousChannel(
      String section, Channels.Target target, List<String> problems) {
    String channel = target.channel();
    switch (target.platform()) {
      case "discord" -> {
        if (!DISCORD_ID.matcher(channel).matches()) {
          problems.add(
              section
                  + ": discord channel '"
                  + channel
                  + "' is not a channel id (17 to 20 digits;"
                  + " Developer Mode, right-click the channel, Copy Channel ID)");
        }
      }
      case "slack" -> {
        if (!SLACK_ID.matcher(channel).matches()) {
          problems.add(
              section
                  + ": slack channel '"
                  + channel
                  + "' looks like a name, not an id such as"
                  + " C0123ABCD (channel details, at the bottom)");
        }
      }
      default ->
          problems.add(
              section + ": '" + target.platform() + "' is not a chat platform (discord, slack)");
    }
  }
}
