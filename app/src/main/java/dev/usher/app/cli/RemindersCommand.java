package dev.usher.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.usher.app.AgendaService;
import dev.usher.app.ConferenceRuntime;
import dev.usher.app.config.AgendaSettings;
import dev.usher.app.config.ReminderSettingsReader;
import dev.usher.app.render.TextRenderer;
import dev.usher.core.agenda.AgendaMessages;
import dev.usher.core.conference.Schedule;
import dev.usher.core.reminder.PlannedPost;
import dev.usher.core.reminder.ReminderPlanner;
import dev.usher.core.reminder.ReminderSettings;
import dev.usher.ledger.SqliteAgendaStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code usher reminders}: a dry run that prints, in time order, every reminder post the scheduler
 * would make between two days, without posting; the agendas' direct messages too, one line per
 * session and minute with how many attendees get it, never who.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "reminders",
    description =
        "Print the reminder posts and agenda DMs planned between two days (a dry run: nothing is"
            + " posted).")
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
      AgendaSettings agendaSettings = AgendaSettings.read(runtime.settings().section("agenda"));
      ZoneId zone = runtime.conference().zone();
      Schedule schedule = runtime.knowledge().schedule();
      Instant start = from.atStartOfDay(zone).toInstant();
      Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
      List<Listed> listed = new ArrayList<>();
      new ReminderPlanner(settings, zone)
          .plan(schedule, start, end)
          .forEach(post -> listed.add(new Listed(post, OptionalInt.empty())));
      Optional<Path> agendaFile = agendaFile(runtime);
      agendaSettings
          .remindBefore()
          .filter(lead -> agendaFile.isPresent())
          .ifPresent(
              lead -> {
                try (SqliteAgendaStore store = SqliteAgendaStore.open(agendaFile.get())) {
                  DirectMessageGroup.of(
                          new AgendaMessages(store, lead, zone).plan(schedule, start, end))
                      .forEach(
                          group ->
                              listed.add(
                                  new Listed(group.first(), OptionalInt.of(group.attendees()))));
                }
              });
      if (settings.isEmpty() && listed.isEmpty()) {
        spec.commandLine()
            .getErr()
            .println("No reminders in usher.yaml: add a 'reminders:' section (see README).");
        return 0;
      }
      if (listed.isEmpty()) {
        spec.commandLine()
            .getErr()
            .printf(
                "No reminder posts from %s to %s (the schedule has %d sessions).%n",
                from, to, schedule.sessions().size());
      }
      listed.sort(Comparator.comparing(l -> l.post().at()));
      for (Listed line : listed) {
        out.println(json ? json(line, zone) : text(line, zone));
        if (full && !json) {
          // Indented under its line, so the list stays scannable and each post reads whole.
          new TextRenderer(false)
              .render(line.post().reply())
              .lines()
              .forEach(text -> out.println("    " + text));
          out.println();
        }
      }
      out.flush();
      return 0;
    }
  }

  /**
   * A post to list: a channel's reminder, or the agenda DM of one session at one minute and how
   * many attendees get it.
   */
  private record Listed(PlannedPost post, OptionalInt attendees) {}

  /**
   * The local agenda store, when serve has made one; none for replicas, whose agendas are in their
   * shared database, which a dry run does not open.
   */
  private Optional<Path> agendaFile(ConferenceRuntime runtime) {
    if (runtime.settings().state().isEmpty()) {
      Path file = AgendaService.agendaFile(runtime.settings());
      return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
    return Optional.empty();
  }

  private static String text(Listed line, ZoneId zone) {
    PlannedPost post = line.post();
    return String.join(
        "  ",
        WHEN.format(post.at().atZone(zone)),
        post.key().platform(),
        line.attendees().isPresent()
            ? DirectMessageGroup.attendees(line.attendees().getAsInt())
            : post.key().channel(),
        post.key().kind().label(),
        post.summary());
  }

  private String json(Listed line, ZoneId zone) {
    PlannedPost post = line.post();
    ZonedDateTime at = post.at().atZone(zone);
    ObjectNode node = JSON.createObjectNode();
    node.put("at", at.toOffsetDateTime().toString())
        .put("zone", zone.getId())
        .put("platform", post.key().platform());
    if (line.attendees().isPresent()) {
      // The keys name each attendee's agenda: a count is all the organizers need.
      node.put("session", DirectMessageGroup.sessionId(post))
          .put("attendees", line.attendees().getAsInt());
    } else {
      node.put("channel", post.key().channel());
    }
    node.put("kind", post.key().kind().label());
    if (line.attendees().isEmpty()) {
      node.put("key", post.key().id());
    }
    node.put("first_line", post.summary())
        .put("expires", post.expires().atZone(zone).toOffsetDateTime().toString());
    if (full) {
      node.put("text", new TextRenderer(false).render(post.reply()));
    }
    return node.toString();
  }
}
