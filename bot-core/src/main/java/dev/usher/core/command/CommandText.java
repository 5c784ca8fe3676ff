package dev.usher.core.command;

import dev.usher.core.command.CommandSpec.OptionSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a command typed as text, for platforms whose commands take free text (the console, Slack):
 * {@code /schedule tomorrow --room Room 2}. Named options are {@code --name value}; the text before
 * the first named option fills the command's first option.
 */
public final class CommandText {
  private static final Pattern NAMED = Pattern.compile("(?:^|\\s)--([a-z]+)(?:=|\\s+)");

  private CommandText() {}

  /**
   * The request for {@code /name text...}; empty when the line does not name a known command or
   * lacks a required option.
   */
  public static Optional<Request> parse(String line) {
    String stripped = line.strip();
    if (!stripped.startsWith("/")) {
      return Optional.empty();
    }
    int space = stripped.indexOf(' ');
    String name = (space < 0 ? stripped.substring(1) : stripped.substring(1, space)).toLowerCase(java.util.Locale.ROOT);
    String rest = space < 0 ? "" : stripped.substring(space + 1);
    return CommandCatalog.command(name).flatMap(spec -> CommandCatalog.request(name, options(spec, rest)));
  }

  /** Option values by name from the text after a command's name. */
  public static Map<String, String> options(CommandSpec spec, String text) {
    Map<String, String> options = new HashMap<>();
    Matcher named = NAMED.matcher(text);
    int firstNamed = text.length();
    String previousName = null;
    int previousEnd = 0;
    while (named.find()) {
      if (previousName == null) {
        firstNamed = named.start();
      } else {
        options.put(previousName, text.substring(previousEnd, named.start()).strip());
      }
      previousName = named.group(1);
      previousEnd = named.end();
    }
    if (previousName != null) {
      options.put(previousName, text.substring(previousEnd).strip());
    }
    String positional = text.substring(0, firstNamed).strip();
    List<OptionSpec> specOptions = spec.options();
    if (!positional.isEmpty() && !specOptions.isEmpty()) {
      options.putIfAbsent(specOptions.get(0).name(), positional);
    }
    return options;
  }
}
