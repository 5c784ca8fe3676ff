package dev.usher.discord;

import dev.usher.core.command.CommandCatalog;
import dev.usher.core.command.CommandSpec;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** The slash commands Discord shows, made from the core's one {@link CommandCatalog}. */
final class SlashCommands {
  /** What organizer-only commands need, when registering and again when run. */
  static final Permission ORGANIZER = Permission.MANAGE_SERVER;

  private SlashCommands() {}

  static List<SlashCommandData> all() {
    return CommandCatalog.commands().stream().map(SlashCommands::slash).toList();
  }

  private static SlashCommandData slash(CommandSpec spec) {
    SlashCommandData data = Commands.slash(spec.name(), spec.description());
    for (CommandSpec.OptionSpec option : spec.options()) {
      data.addOptions(
          new OptionData(
              OptionType.STRING,
              option.name(),
              option.description(),
              option.required(),
              option.completion().isPresent()));
    }
    if (spec.organizerOnly()) {
      // Hidden from members without Manage Server; server admins can widen it in their settings,
      // which is why the permission is checked again when the command runs.
      data.setDefaultPermissions(DefaultMemberPermissions.enabledFor(ORGANIZER));
      data.setContexts(InteractionContextType.GUILD);
    } else {
      data.setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
    }
    return data;
  }
}
