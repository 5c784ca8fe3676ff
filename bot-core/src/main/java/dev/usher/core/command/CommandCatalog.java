package dev.usher.core.command;

import dev.usher.core.command.CommandSpec.OptionSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one list of commands every platform offers, and the translation of a command with its options
 * into a {@link Request}. Platforms register from {@link #commands()} and never list commands of
 * their own.
 */
public final class CommandCatalog {

  private static final List<CommandSpec> COMMANDS =
      List.of(
          command(
              "ask",
              "Ask a question about the conference",
              false,
              required("question", "Your question", Optional.empty())),
          command(
              "schedule",
              "The sessions of a day",
              false,
              optional("day", "today, tomorrow, a weekday or a date", CompletionKind.DAY),
              optional("room", "Only this room", CompletionKind.ROOM),
              optional("track", "Only this track", CompletionKind.TRACK)),
          command("now", "What is on right now", false),
          command(
              "next",
              "What is on next, in every room or in one",
              false,
              optional("room", "Only this room", CompletionKind.ROOM)),
          command(
              "session",
              "Everything about one session",
              false,
              required("title", "The session's title", Optional.of(CompletionKind.SESSION))),
          command(
              "speaker",
              "A speaker's sessions",
              false,
              required("name", "The speaker's name", Optional.of(CompletionKind.SPEAKER))),
          command(
              "room",
              "The sessions in a room",
              false,
              required("name", "The room", Optional.of(CompletionKind.ROOM))),
          command(
              "track",
              "The sessions of a track",
              false,
              required("name", "The track", Optional.of(CompletionKind.TRACK))),
          command(
              "star",
              "Add a session to your agenda (you get a DM before it starts)",
              false,
              required("session", "The session's title", Optional.of(CompletionKind.SESSION))),
          command(
              "unstar",
              "Remove a session from your agenda",
              false,
              required("session", "A session you starred", Optional.of(CompletionKind.STARRED))),
          command(
              "agenda",
              "Your starred sessions (a day), or off/on for the DMs, or ics for a calendar file",
              false,
              optional("day", "A day, or off, on, ics", CompletionKind.DAY)),
          command("forget-me", "Delete your agenda and everything kept about you", false),
          command("help", "What this bot can do", false),
          command("about", "About this bot and the conference", false),
          command("reload", "Re-read the conference documents and schedule (organizers)", true),
          command(
              "report",
              "The questions the bot could not answer, grouped (organizers)",
              true,
              new OptionSpec("since", "How far back, such as 1d or 12h", false, Optional.empty())));

  private CommandCatalog() {}

  /** Every command, in the order they are listed to users. */
  public static List<CommandSpec> commands() {
    return COMMANDS;
  }

  public static Optional<CommandSpec> command(String name) {
    return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /**
   * The request for command {@code name} with option values by option name; empty when the command
   * is unknown or a required option is missing or blank.
   */
  public static Optional<Request> request(String name, Map<String, String> options) {
    Optional<CommandSpec> spec = command(name);
    if (spec.isEmpty()) {
      return Optional.empty();
    }
    for (OptionSpec option : spec.get().options()) {
      if (option.required() && value(options, option.name()).isEmpty()) {
        return Optional.empty();
      }
    }
    Request request =
        switch (name) {
          case "ask" -> new Request.Ask(required(options, "question"));
          case "schedule" ->
              new Request.ShowSchedule(
                  value(options, "day"), value(options, "room"), value(options, "track"));
          case "now" -> new Request.Now();
          case "next" -> new Request.Next(value(options, "room"));
          case "session" -> new Request.FindSession(required(options, "title"));
          case "speaker" -> new Request.FindSpeaker(required(options, "name"));
          case "room" -> new Request.FindRoom(required(options, "name"));
          case "track" -> new Request.FindTrack(required(options, "name"));
          case "star" -> new Request.Star(required(options, "session"));
          case "unstar" -> new Request.Unstar(required(options, "session"));
          case "agenda" -> agenda(value(options, "day"));
          case "forget-me" -> new Request.ForgetMe();
          case "help" -> new Request.Help();
          case "about" -> new Request.About();
          case "reload" -> new Request.Reload();
          case "report" -> new Request.Report(value(options, "since"));
          default ->
              throw new IllegalStateException(
                  "catalog lists " + name + " but maps it to no request");
        };
    return Optional.of(request);
  }

  /** Whether only an organizer may make {@code request}; a new kind of request must say. */
  public static boolean organizerOnly(Request request) {
    return switch (request) {
      case Request.Reload reload -> true;
      case Request.Report report -> true;
      case Request.Press press -> false;
      case Request.Ask ask -> false;
      case Request.ShowSchedule show -> false;
      case Request.Now now -> false;
      case Request.Next next -> false;
      case Request.FindSession find -> false;
      case Request.FindSpeaker find -> false;
      case Request.FindRoom find -> false;
      case Request.FindTrack find -> false;
      case Request.Help help -> false;
      case Request.About about -> false;
      case Request.Star star -> false;
      case Request.Unstar unstar -> false;
      case Request.ShowAgenda show -> false;
      case Request.AgendaReminders reminders -> false;
      case Request.AgendaCalendar calendar -> false;
      case Request.ForgetMe forget -> false;
    };
  }

  /**
   * Whether the reply to {@code request} is for the asker alone (an ephemeral reply where the
   * platform has them): what concerns one person's agenda is nobody else's business.
   */
  public static boolean personal(Request request) {
    return switch (request) {
      case Request.Star star -> true;
      case Request.Unstar unstar -> true;
      case Request.ShowAgenda show -> true;
      case Request.AgendaReminders reminders -> true;
      case Request.AgendaCalendar calendar -> true;
      case Request.ForgetMe forget -> true;
      // A button's reply is for the one who pressed it.
      case Request.Press press -> true;
      case Request.Reload reload -> false;
      case Request.Report report -> false;
      case Request.Ask ask -> false;
      case Request.ShowSchedule show -> false;
      case Request.Now now -> false;
      case Request.Next next -> false;
      case Request.FindSession find -> false;
      case Request.FindSpeaker find -> false;
      case Request.FindRoom find -> false;
      case Request.FindTrack find -> false;
      case Request.Help help -> false;
      case Request.About about -> false;
    };
  }

  /** {@code /agenda off|on|ics} switch or export; any other word is a day. */
  private static Request agenda(Optional<String> day) {
    String word = day.map(d -> d.toLowerCase(java.util.Locale.ROOT)).orElse("");
    return switch (word) {
      case "off" -> new Request.AgendaReminders(false);
      case "on" -> new Request.AgendaReminders(true);
      case "ics" -> new Request.AgendaCalendar();
      default -> new Request.ShowAgenda(day);
    };
  }

  /** A required option's value: present, as parse checked every required option above. */
  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalStateException("required option " + name + " was not checked");
    }
    return value;
  }

  private static Optional<String> value(Map<String, String> options, String name) {
    return Optional.ofNullable(options.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static CommandSpec command(
      String name, String description, boolean organizerOnly, OptionSpec... options) {
    return new CommandSpec(name, description, List.of(options), organizerOnly);
  }

  private static OptionSpec required(
      String name, String description, Optional<CompletionKind> completion) {
    return new OptionSpec(name, description, true, completion);
  }

  private static OptionSpec optional(String name, String description, CompletionKind completion) {
    return new OptionSpec(name, description, false, Optional.of(completion));
  }
}
