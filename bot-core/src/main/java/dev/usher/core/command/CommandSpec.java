package dev.usher.core.command;

import java.util.List;
import java.util.Objects;

/**
 * A command as chat platforms register it: a slash command on Discord and Slack, a line in the
 * console.
 *
 * @param organizerOnly whether only organizers (Manage Server on Discord) may run it
 */
public record CommandSpec(
    String name, String description, List<OptionSpec> options, boolean organizerOnly) {
  public CommandSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    options = List.copyOf(options);
  }

  /** A named argument of a command; {@code completion} says what autocompletes it, if anything. */
  public record OptionSpec(
      String name,
      String description,
      boolean required,
      java.util.Optional<CompletionKind> completion) {
    public OptionSpec {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(completion, "completion");
    }
  }
}
