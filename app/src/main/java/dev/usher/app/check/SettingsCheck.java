package dev.usher.app.check;

import dev.usher.app.config.AgendaSettings;
import dev.usher.app.config.QuestionLogSettings;
import dev.usher.app.config.ReminderSettingsReader;
import dev.usher.app.config.SettingsException;
import dev.usher.app.config.SettingsLoader;
import dev.usher.app.config.UsherSettings;
import dev.usher.core.platform.ChatPlatformProvider;
import dev.usher.core.reminder.Channels;
import dev.usher.core.reminder.ReminderSettings;
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
 * misspelling, with "did you mean", from {@link UnknownKeys}), reminder and platform settings that
 * are wrong, and channel ids that cannot be ids. Cheap: reads only {@code usher.yaml}, so every
 * command can run it.
 */
public final class SettingsCheck {
  /** A Discord channel id is a snowflake: 17 to 20 digits. */
  private static final Pattern DISCORD_ID = Pattern.compile("\\d{17,20}");

  /**
   * A Slack channel id: C (public), G (private) or D (direct), then upper-case letters and digits.
   */
  private static final Pattern SLACK_ID = Pattern.compile("[CGD][A-Z0-9]{8,}");

  private SettingsCheck() {}

  /** The problems of {@code settings}' {@code usher.yaml}, one line each; none without the file. */
  public static List<String> problems(UsherSettings settings) {
    Path file = settings.folder().resolve(SettingsLoader.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    List<String> problems = new ArrayList<>(UnknownKeys.lines(settings.folder()));
    try {
      ReminderSettings reminders = ReminderSettingsReader.read(settings.section("reminders"));
      channels(reminders).forEach(target -> suspiciousChannel("reminders", target, problems));
      ReminderSettingsReader.announceChannels(settings.section("announce"))
          .targets()
          .forEach(target -> suspiciousChannel("announce", target, problems));
      AgendaSettings.read(settings.section("agenda"));
    } catch (SettingsException e) {
      problems.add(SettingsLoader.FILE_NAME + ": " + e.getMessage());
    }
    try {
      QuestionLogSettings.read(settings.section("questions"));
    } catch (SettingsException e) {
      problems.add(SettingsLoader.FILE_NAME + ": " + e.getMessage());
    }
    for (ChatPlatformProvider platform : ServiceLoader.load(ChatPlatformProvider.class)) {
      try {
        platform.readSettings(settings.section(platform.name()));
      } catch (IllegalArgumentException e) {
        problems.add(SettingsLoader.FILE_NAME + ": " + e.getMessage());
      }
    }
    return problems;
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
      default -> {
        // Not a platform's name: UnknownKeys reports the key, with "did you mean".
      }
    }
  }
}
