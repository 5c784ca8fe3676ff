package dev.usher.app.cli;

import dev.usher.app.ConferenceRuntime;
import dev.usher.app.config.UsherSettings;
import dev.usher.app.render.JsonReplyWriter;
import dev.usher.app.render.TextRenderer;
import dev.usher.core.Bot;
import dev.usher.core.command.CommandText;
import dev.usher.core.command.Request;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code usher ask}: answers one question, or each line of standard input. */
@Command(
    mixinStandardHelpOptions = true,
    name = "ask",
    description = "Answer a question (or each line of standard input).")
public final class AskCommand implements Callable<Integer> {
  @Mixin ConferenceOptions conference;

  @Option(names = "--json", description = "One JSON object per answer.")
  boolean json;

  @Option(
      names = "--explain",
      description = "Also print the candidate passages, each signal and the rule that decided.")
  boolean explain;

  @Parameters(
      paramLabel = "QUESTION",
      arity = "0..*",
      description = "The question; /commands work too.")
  List<String> words = List.of();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    UsherSettings settings = conference.settings();
    try (QuestionLogs questions = QuestionLogs.open(settings, spec.commandLine().getErr());
        ConferenceRuntime runtime = conference.open(settings)) {
      conference.reportProblems(runtime, spec.commandLine().getErr());
      Bot bot = runtime.bot(conference.clock(runtime.conference().zone()), questions.log());
      if (!words.isEmpty()) {
        answer(bot, String.join(" ", words), out);
        return 0;
      }
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          answer(bot, line, out);
        }
      }
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
  }

  private void answer(Bot bot, String question, PrintWriter out) {
    var reply = bot.handle(request(question));
    if (explain) {
      out.println(bot.explain(question));
    }
    out.println(
        json ? new JsonReplyWriter().line(question, reply) : new TextRenderer(false).render(reply));
    if (!json) {
      out.println();
    }
    out.flush();
  }

  /** A line starting with a known /command runs it; anything else is a question. */
  static Request request(String line) {
    return CommandText.parse(line).orElseGet(() -> new Request.Ask(line));
  }
}
