package dev.usher.app.cli;

import dev.usher.app.ConferenceRuntime;
import dev.usher.app.render.TextRenderer;
import dev.usher.core.Bot;
import dev.usher.core.agenda.Agendas;
import dev.usher.core.agenda.InMemoryAgendaStore;
import dev.usher.core.command.CommandCatalog;
import dev.usher.core.command.CommandText;
import dev.usher.core.command.CompletionKind;
import dev.usher.core.command.Request;
import dev.usher.core.reply.FileReply;
import dev.usher.core.reply.Reply;
import dev.usher.knowledge.calendar.IcalAgendaWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One console conversation: a line in, the text to print out. Holds the opened conference, so
 * {@code /reload} can read the folder again. Not thread-safe: one terminal, one reader.
 */
final class ConsoleSession implements AutoCloseable {
  static final String CONSOLE_COMMANDS =
      """
      In this console also:
        /complete session|speaker|room|track|day|starred PREFIX   what autocomplete would offer
        /reload                                                   read the conference folder again
        /quit                                                     leave (also /exit or Ctrl-D)""";

  private final Supplier<ConferenceRuntime> opener;
  private final ConferenceOptions options;
  private final TextRenderer renderer;
  // The console's agenda lives as long as the console: one person, nothing to keep.
  private final Agendas agendas =
      new Agendas(
          new InMemoryAgendaStore(), new IcalAgendaWriter(Clock.systemUTC()), Optional.empty());
  private ConferenceRuntime runtime;
  private QuestionLogs questions;
  private Bot bot;

  ConsoleSession(
      Supplier<ConferenceRuntime> opener, ConferenceOptions options, TextRenderer renderer) {
    this.opener = opener;
    this.options = options;
    this.renderer = renderer;
    open();
  }

  private void open() {
    runtime = opener.get();
    questions = QuestionLogs.open(runtime.settings(), new java.io.PrintWriter(System.err, true));
    bot =
        runtime
            .bot(options.clock(runtime.conference().zone()), questions.log())
            .withAgendas(agendas);
  }

  ConferenceRuntime runtime() {
    return runtime;
  }

  /** The text to print for {@code line}; empty when the user asked to leave. */
  Optional<String> respond(String line) {
    String text = line.strip();
    String name =
        text.startsWith("/") ? text.substring(1).split("\\s+", 2)[0].toLowerCase(Locale.ROOT) : "";
    return switch (name) {
      case "quit", "exit" -> Optional.empty();
      case "complete" -> Optional.of(complete(text.substring("/complete".length())));
      case "reload" -> Optional.of(reload());
      case "help" ->
          Optional.of(renderer.render(bot.handle(new Request.Help())) + "\n\n" + CONSOLE_COMMANDS);
      case "" ->
          Optional.of(text.isEmpty() ? "" : renderer.render(bot.handle(new Request.Ask(text))));
      default -> Optional.of(command(name, text));
    };
  }

  private String command(String name, String text) {
    if (CommandCatalog.command(name).isEmpty()) {
      return "Unknown command /" + name + ": /help lists the commands.";
    }
    return CommandText.parse(text)
        .map(request -> render(bot.handle(request)))
        .orElse("/" + name + " needs more: /help shows how to use it.");
  }

  /** A reply's text; a file in it is written to a new temporary folder, whose path is printed. */
  private String render(Reply reply) {
    String text = renderer.render(reply);
    if (!(reply instanceof FileReply file)) {
      return text;
    }
    try {
      Path written = Files.createTempDirectory("usher-").resolve(file.fileName());
      Files.writeString(written, file.content(), StandardCharsets.UTF_8);
      return text + "\nWritten to " + written;
    } catch (IOException e) {
      return text + "\nCould not write " + file.fileName() + ": " + e.getMessage();
    }
  }

  private String reload() {
    close();
    open();
    var report = runtime.knowledge().lastReport();
    return String.format(
        "Reloaded %s: %d passages, %d sessions from %d files, %d warnings.",
        runtime.conference().name(),
        report.passages(),
        report.sessions(),
        report.files().size(),
        report.problems().size());
  }

  /** {@code /complete speaker ali}: what autocomplete would offer. */
  private String complete(String text) {
    String[] parts = text.strip().split("\\s+", 2);
    try {
      CompletionKind kind = CompletionKind.valueOf(parts[0].toUpperCase(Locale.ROOT));
      return String.join("\n", bot.complete(kind, parts.length > 1 ? parts[1] : "", 10));
    } catch (IllegalArgumentException e) {
      return "usage: /complete session|speaker|room|track|day|starred PREFIX";
    }
  }

  @Override
  public void close() {
    questions.close();
    runtime.close();
  }
}
