package dev.usher.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.usher.app.ConferenceRuntime;
import dev.usher.app.QuestionLogService;
import dev.usher.core.questions.InMemoryQuestionLog;
import dev.usher.core.questions.QuestionLog;
import dev.usher.core.questions.QuestionReport;
import dev.usher.core.questions.ReportWindow;
import dev.usher.ledger.SqliteQuestionLog;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code usher report}: the questions the bot declined or whose answer was marked unhelpful,
 * grouped by likeness, the most asked first, each with an {@code answers.yaml} entry to fill in.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "report",
    description = "Group the unanswered questions of the question log, the most asked first.")
public final class ReportCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Mixin ConferenceOptions conference;

  @Option(
      names = "--since",
      paramLabel = "WINDOW",
      description = "Only the last 30m, 12h, 1d, 2w... (default: the whole kept log).")
  Optional<String> since = Optional.empty();

  @Option(names = "--json", description = "The report as one JSON object.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Optional<Duration> window =
        since.map(
            text ->
                ReportWindow.parse(text)
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                "--since '"
                                    + text
                                    + "' is not a window such as 30m, 12h, 1d or 2w")));
    PrintWriter out = spec.commandLine().getOut();
    try (ConferenceRuntime runtime = conference.open()) {
      Path file = QuestionLogService.file(runtime.settings());
      // A folder never served has no log yet: its report is empty, and reading it creates nothing.
      try (SqliteQuestionLog store =
          Files.isRegularFile(file) ? SqliteQuestionLog.open(file) : null) {
        QuestionLog questions = store != null ? store : new InMemoryQuestionLog();
        ZoneId zone = runtime.conference().zone();
        QuestionReport report = runtime.bot(conference.clock(zone), questions).report(window);
        out.println(json ? json(report) : report.text(zone, Integer.MAX_VALUE));
      }
    }
    out.flush();
    return 0;
  }

  static String json(QuestionReport report) {
    ObjectNode root = JSON.createObjectNode();
    report.since().ifPresent(s -> root.put("since", s.toString()));
    root.put("declined", report.declined());
    root.put("not_helpful", report.notHelpful());
    root.put("helpful", report.helpful());
    root.put("undelivered", report.undelivered());
    ArrayNode groups = root.putArray("groups");
    for (QuestionReport.Group group : report.groups()) {
      ObjectNode node = groups.addObject();
      node.put("count", group.count());
      node.put("question", group.representative());
      group.others().forEach(node.putArray("others")::add);
      node.put("last_seen", group.lastSeen().toString());
      group.platforms().forEach(node.putArray("platforms")::add);
      node.put("answers_yaml", group.answersEntry());
    }
    return root.toString();
  }
}
