package dev.usher.app.cli;

import dev.usher.app.ConferenceRuntime;
import dev.usher.app.render.TextRenderer;
import dev.usher.core.Bot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code usher console}: a chat with the bot in the terminal, to try it before going live. */
@Command(
    mixinStandardHelpOptions = true,
    name = "console", description = "Chat with the bot in the terminal.")
public final class ConsoleCommand implements Callable<Integer> {
  @Mixin ConferenceOptions conference;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ConferenceRuntime runtime = conference.open()) {
      conference.reportProblems(runtime, spec.commandLine().getErr());
      Bot bot = runtime.bot(conference.clock(runtime.conference().zone()));
      TextRenderer renderer = new TextRenderer(System.console() != null);
      out.println(runtime.conference().name() + " help desk. Ask a question, or /help; /quit to leave.");
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      while (true) {
        out.print("> ");
        out.flush();
        String line = in.readLine();
        if (line == null || line.strip().equals("/quit") || line.strip().equals("/exit")) {
          return 0;
        }
        if (line.strip().startsWith("/complete ")) {
          out.println(complete(bot, line.strip().substring("/complete ".length())));
        } else if (!line.isBlank()) {
          out.println(renderer.render(bot.handle(AskCommand.request(line))));
        }
        out.println();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
  }

  /** {@code /complete speaker ali}: what autocomplete would offer. */
  private static String complete(Bot bot, String text) {
    String[] parts = text.strip().split("\\s+", 2);
    try {
      var kind = dev.usher.core.command.CompletionKind.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT));
      return String.join("\n", bot.complete(kind, parts.length > 1 ? parts[1] : "", 10));
    } catch (IllegalArgumentException e) {
      return "usage: /complete session|speaker|room|track|day PREFIX";
    }
  }
}
