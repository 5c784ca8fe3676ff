package dev.usher.core.command;

import dev.usher.core.command.CommandSpec.OptionSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a command typed as text, for every platform whose commands take free text (the console,
 * Slack's slash commands), so they all read the same syntax: {@code /schedule tomorrow room=Hall A
 * track=ML}. A named option is {@code name=value} ({@code name:value} and {@code --name value} too,
 * the form replies suggest), its value running to the next named option; only the command's own
 * option names count, so {@code /ask what is a=b?} asks the whole question. The rest of the text
 * fills the first option not named. A value in quotes ({@code room="Room 2"}) loses them.
 */
public final class CommandText {
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
    String name =
        (space < 0 ? stripped.substring(1) : stripped.substring(1, space)).toLowerCase(Locale.ROOT);
    String rest = space < 0 ? "" : stripped.substring(space + 1);
    return CommandCatalog.command(name)
        .flatMap(spec -> CommandCatalog.request(name, options(spec, rest)));
  }

  /** Option values by name from the text after a command's name. */
  public static Map<String, String> options(CommandSpec spec, String text) {
    Map<String, String> options = new HashMap<>();
    List<OptionSpec> specs = spec.options();
    if (specs.isEmpty()) {
      return options;
    }
    Matcher named = namedOption(specs).matcher(text);
    StringBuilder free = new StringBuilder();
    int at = 0;
    String current = null;
    while (named.find()) {
      String before = text.substring(at, named.start());
      if (current == null) {
        free.append(before);
      } else {
        options.put(current, unquote(before));
      }
      current = (named.group(1) != null ? named.group(1) : named.group(2)).toLowerCase(Locale.ROOT);
      at = named.end();
    }
    String tail = text.substring(at);
    if (current == null) {
      free.append(tail);
    } else {
      options.put(current, unquote(tail));
    }
    String positional = unquote(free.toString());
    if (!positional.isEmpty()) {
      specs.stream()
          .filter(o -> !options.containsKey(o.name()))
          .findFirst()
          .ifPresent(o -> options.put(o.name(), positional));
    }
    return options;
  }

  /** {@code --name value}, {@code --name=value}, {@code name=value} or {@code name:value}. */
  private static Pattern namedOption(List<OptionSpec> specs) {
    String names = String.join("|", specs.stream().map(o -> Pattern.quote(o.name())).toList());
    return Pattern.compile("(?i)(?:^|\\s)(?:--(" + names + ")(?:=|\\s+|$)|(" + names + ")[=:])");
  }

  private static String unquote(String value) {
    String v = value.strip();
    if (v.length() >= 2
        && (v.startsWith("\"") && v.endsWith("\"")
            || v.startsWith("\u201c") && v.endsWith("\u201d"))) {
      return v.substring(1, v.length() - 1).strip();
    }
    return v;
  }
}
