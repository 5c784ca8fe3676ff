package dev.usher.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usher.app.ConferenceRuntime;
import dev.usher.app.config.SettingsLoader;
import dev.usher.app.eval.EvalJudge;
import dev.usher.app.eval.EvalQuestion;
import dev.usher.app.eval.EvalResult;
import dev.usher.app.eval.QuestionSet;
import dev.usher.app.render.JsonReplyWriter;
import dev.usher.core.reply.Reply;
import dev.usher.knowledge.baseline.PlainLuceneBaseline;
import dev.usher.knowledge.semantic.EmbeddingProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code usher eval FILE.tsv}: runs a question set and prints a line per question, then totals. */
@Command(
    mixinStandardHelpOptions = true,
    name = "eval",
    description = "Run a question set (TSV) and report what passed.")
public final class EvalCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Mixin ConferenceOptions conference;

  @Parameters(paramLabel = "FILE.tsv", description = "The question set.")
  Path file;

  @Option(names = "--json", description = "One JSON object per question.")
  boolean json;

  @Option(
      names = "--baseline",
      description =
          "Answer with plain Lucene (whole documents, top hit, never abstaining) instead of the bot.")
  boolean baseline;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("eval: the question set " + file + " does not exist");
    }
    List<EvalQuestion> questions = QuestionSet.read(file);
    Map<Path, ConferenceRuntime> runtimes = new HashMap<>();
    Map<Path, PlainLuceneBaseline> baselines = new HashMap<>();
    EvalJudge judge = new EvalJudge();
    int passed = 0;
    try {
      for (EvalQuestion question : questions) {
        Path folder =
            question
                .data()
                .map(data -> setFolder().resolve(data).normalize())
                .orElseGet(conference::folder);
        ConferenceRuntime runtime =
            runtimes.computeIfAbsent(
                folder,
                f ->
                    ConferenceRuntime.open(
                        SettingsLoader.loadWithStateInCache(f), r -> {}, EmbeddingProgress.SILENT));
        ZoneId zone = runtime.conference().zone();
        Clock clock =
            question
                .now()
                .map(now -> Clock.fixed(now.atZone(zone).toInstant(), zone))
                .orElseGet(() -> conference.clock(zone));
        Reply reply =
            baseline
                ? baselines
                    .computeIfAbsent(
                        folder, f -> PlainLuceneBaseline.build(runtime.settings().knowledge(zone)))
                    .answer(question.question())
                : runtime.bot(clock).handle(AskCommand.request(question.question()));
        EvalResult result = judge.judge(question, reply);
        passed += result.passed() ? 1 : 0;
        out.println(json ? json(result) : line(result));
      }
    } finally {
      baselines.values().forEach(PlainLuceneBaseline::close);
      runtimes.values().forEach(ConferenceRuntime::close);
    }
    out.printf("%d passed, %d failed%n", passed, questions.size() - passed);
    return passed == questions.size() ? 0 : 1;
  }

  private static String line(EvalResult result) {
    EvalQuestion q = result.question();
    String expected =
        q.expectsAbstention()
            ? "ABSTAIN"
            : "/" + q.expect().orElseThrow().pattern() + "/ from " + q.source().orElse("-");
    String cited =
        JsonReplyWriter.sources(result.reply()).stream()
            .map(s -> s.id())
            .limit(3)
            .toList()
            .toString();
    return String.format(
        "%s %-5s %s%n      expected %s%n      answered %s %s (%s)",
        result.passed() ? "PASS" : "FAIL",
        q.id(),
        q.question(),
        expected,
        oneLine(result.text()),
        cited,
        result.why());
  }

  private static String oneLine(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() > 160 ? flat.substring(0, 157) + "..." : flat;
  }

  private static String json(EvalResult result) {
    var node = JSON.createObjectNode();
    node.put("id", result.question().id());
    node.put("question", result.question().question());
    node.put("passed", result.passed());
    node.put("why", result.why());
    node.put("text", result.text());
    var sources = node.putArray("sources");
    JsonReplyWriter.sources(result.reply()).forEach(s -> sources.add(s.id()));
    return node.toString();
  }

  /** The folder of the question set, which its {@code data} column is relative to. */
  private Path setFolder() {
    return Objects.requireNonNull(file.toAbsolutePath().getParent(), "the question set's folder");
  }
}
