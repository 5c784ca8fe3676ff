package dev.usher.slack;

import dev.usher.core.command.CommandSpec;
import dev.usher.core.command.CommandSpec.OptionSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a slash command's free text into the command's options. {@code name=value} (or
 * {@code name:value}) sets a named option, its value running to the next named option; the rest of
 * the text is the first option not named. So {@code /schedule tomorrow room=Hall A} is day
 * {@code tomorrow}, room {@code Hall A}, and {@code /ask what is a=b?} asks the whole question.
 */
final class SlashCommandParser {
  private SlashCommandParser() {}

  static Map<String, String> options(CommandSpec command, String text) {
    Map<String, String> options = new HashMap<>();
    List<OptionSpec> specs = command.options();
    if (specs.isEmpty()) {
      return options;
    }
    String names = String.join("|", specs.stream().map(o -> Pattern.quote(o.name())).toList());
    Matcher named = Pattern.compile("(?i)(?:^|\\s)(" + names + ")[=:]").matcher(text);
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
      current = named.group(1).toLowerCase(Locale.ROOT);
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

  private static String unquote(String value) {
    String v = value.strip();
    if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("\u201c") && v.endsWith("\u201d"))) {
      return v.substring(1, v.length() - 1).strip();
    }
    return v;
  }
}
