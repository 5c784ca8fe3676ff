package dev.usher.app.cli;

import dev.usher.app.render.TextRenderer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code usher console}: a chat with the bot in the terminal, to try it before going live. In a
 * terminal, JLine gives line editing and a history kept with the conference's state; piped input is
 * read line by line.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "console",
    description = "Chat with the bot in the terminal (/help lists the commands).")
public final class ConsoleCommand implements Callable<Integer> {
  @Mixin ConferenceOptions conference;
  @Spec CommandSpec spec;

  /** Where a line comes from; empty at the end of input. */
  interface Lines extends AutoCloseable {
    Optional<String> next(String prompt) throws IOException;

    @Override
    void close() throws IOException;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    boolean interactive = System.console() != null;
    try (ConsoleSession session =
        new ConsoleSession(conference::open, conference, new TextRenderer(interactive))) {
      conference.reportProblems(session.runtime(), spec.commandLine().getErr());
      out.println(
          session.runtime().conference().name()
              + " help desk. Ask a question, or /help; /quit to leave.");
      Path history = session.runtime().settings().stateDirectory().resolve("console-history");
      try (Lines lines = interactive ? terminal(history) : piped(out)) {
        for (Optional<String> line = lines.next("> "); line.isPresent(); line = lines.next("> ")) {
          Optional<String> reply = session.respond(line.get());
          if (reply.isEmpty()) {
            break;
          }
          if (!reply.get().isEmpty()) {
            out.println(reply.get());
            out.println();
          }
          out.flush();
        }
      }
      return 0;
    }
  }

  private static Lines terminal(Path history) throws IOException {
    Terminal terminal = TerminalBuilder.builder().system(true).build();
    LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("usher");
    Path folder = history.toAbsolutePath().getParent();
    if (folder != null && (Files.isDirectory(folder) || folder.toFile().mkdirs())) {
      builder.variable(LineReader.HISTORY_FILE, history);
    }
    LineReader reader = builder.build();
    return new Lines() {
      @Override
      public Optional<String> next(String prompt) {
        while (true) {
          try {
            return Optional.of(reader.readLine(prompt));
          } catch (UserInterruptException e) {
            // Ctrl-C drops the line being typed, as in a shell; Ctrl-D or /quit leaves.
          } catch (EndOfFileException e) {
            return Optional.empty();
          }
        }
      }

      @Override
      public void close() throws IOException {
        reader.getHistory().save();
        terminal.close();
      }
    };
  }

  private static Lines piped(PrintWriter out) {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    return new Lines() {
      @Override
      public Optional<String> next(String prompt) throws IOException {
        out.print(prompt);
        out.flush();
        return Optional.ofNullable(in.readLine());
      }

      @Override
      public void close() {
        // standard input belongs to the process
      }
    };
  }
}
