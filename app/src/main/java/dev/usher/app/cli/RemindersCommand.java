package dev.usher.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.usher.app.ConferenceRuntime;
import dev.usher.app.config.ReminderSettingsReader;
import dev.usher.app.render.TextRenderer;
import dev.usher.core.reminder.PlannedPost;
import dev.usher.core.reminder.ReminderPlanner;
import dev.usher.core.reminder.ReminderSettings;
import dev.usher.core.schedule.Schedule;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code usher reminders}: a dry run that prints, in time order, every reminder post the scheduler
 * would make between two days, without posting.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "reminders",
    description =
        "Print the reminder posts planned between two days (a dry run: nothing is posted).")
public final class RemindersCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

  @Mixin ConferenceOptions conference = new ConferenceOptions();

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DATE",
      description = "First day, e.g. 2026-04-24.")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day, included.")
  LocalDate to;

  @Option(names = "--json", description = "One JSON object per post.")
  boolean json;

  @Option(
      names = "--full",
      description = "Also print each post whole, as the channel would read it.")
  boolean full;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (ConferenceRuntime runtime = conference.open()) {
      ReminderSettings settings =
          ReminderSettingsReader.read(runtime.settings().section("reminders"));
      if (settings.isEmpty()) {
        spec.commandLine()
            .getErr()
            .println("No reminders in usher.yaml: add a 'reminders:' section (see README).");
        return 0;
      }
      ZoneId zone = runtime.conference().zone();
      Schedule schedule = runtime.knowledge().schedule();
      List<PlannedPost> posts =
          new ReminderPlanner(settings, zone)
              .plan(
                  schedule,
                  from.atStartOfDay(zone).toInstant(),
                  to.plusDays(1).atStartOfDay(zone).toInstant());
      if (posts.isEmpty()) {
        spec.commandLine()
            .getErr()
            .printf(
                "No reminder posts from %s to %s (the schedule has %d sessions).%n",
                from, to, schedule.sessions().size());
      }
      for (PlannedPost post : posts) {
        out.println(json ? json(post, zone) : text(post, zone));
        if (full && !json) {
          // Indented under its line, so the list stays scannable and each post reads whole.
          new TextRenderer(false)
              .render(post.reply())
              .lines()
              .forEach(line -> out.println("    " + line));
          out.println();
        }
      }
      out.flush();
      return 0;
    }
  }

  private static String text(PlannedPost post, ZoneId zone) {
    return String.join(
        "  ",
        WHEN.format(post.at().atZone(zone)),
        post.key().platform(),
        post.key().channel(),
        post.key().kind().label(),
        post.summary());
  }

  private String json(PlannedPost post, ZoneId zone) {
    ZonedDateTime at = post.at().atZone(zone);
    ObjectNode node = JSON.createObjectNode();
    node.put("at", at.toOffsetDateTime().toString())
        .put("zone", zone.getId())
        .put("platform", post.key().platform())
        .put("channel", post.key().channel())
        .put("kind", post.key().kind().label())
        .put("key", post.key().id())
        .put("first_line", post.summary())
        .put("expires", post.expires().atZone(zone).toOffsetDateTime().toString());
    if (full) {
      node.put("text", new TextRenderer(false).render(post.reply()));
    }
    return node.toString();
  }
}
