package dev.usher.core.agenda;

import dev.usher.core.conference.Conference;
import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import dev.usher.core.reply.FileReply;
import dev.usher.core.reply.Info;
import dev.usher.core.reply.NoAnswer;
import dev.usher.core.reply.Reply;
import dev.usher.core.reply.SessionCards;
import dev.usher.core.reply.TimeFormat;
import dev.usher.core.schedule.ScheduleCommands;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The agenda commands of one person over one snapshot of the schedule: {@code /star}, {@code
 * /unstar}, {@code /agenda [day|off|on|ics]} and {@code /forget-me}. Cheap to make: one per
 * request. A button that stars a session calls {@link #star(String)} with the session's id.
 */
public final class AgendaCommands {
  static final String FILE_NAME = "agenda.ics";

  private final Agendas agendas;
  private final AgendaOwner owner;
  private final Conference conference;
  private final Schedule schedule;
  private final ScheduleCommands scheduleCommands;
  private final Clock clock;

  public AgendaCommands(
      Agendas agendas,
      AgendaOwner owner,
      Conference conference,
      Schedule schedule,
      ScheduleCommands scheduleCommands,
      Clock clock) {
    this.agendas = Objects.requireNonNull(agendas, "agendas");
    this.owner = Objects.requireNonNull(owner, "owner");
    this.conference = Objects.requireNonNull(conference, "conference");
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    this.scheduleCommands = Objects.requireNonNull(scheduleCommands, "scheduleCommands");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Stars the session {@code title} names (or whose id it is), saying which starred ones it
   * overlaps.
   */
  public Reply star(String title) {
    SessionPick pick = SessionPick.of(title, schedule, scheduleCommands);
    if (pick.session().isEmpty()) {
      return pick.refusal().orElseThrow();
    }
    Session session = pick.session().get();
    Optional<Agenda> before = agendas.store().find(owner);
    if (before.map(a -> a.starred(session.id())).orElse(false)) {
      return new Info("Already starred", "\"" + session.title() + "\" is already in your agenda.");
    }
    List<Session> clashes =
        before.map(this::present).orElse(List.of()).stream()
            .filter(s -> overlap(s, session))
            .toList();
    agendas.store().star(owner, new Star(session.id(), session.title(), clock.instant()));
    agendas.changed();
    StringBuilder text =
        new StringBuilder("\"")
            .append(session.title())
            .append("\", ")
            .append(TimeFormat.moment(session.start(), conference.zone()))
            .append(session.room().map(r -> " in " + r).orElse(""))
            .append(", is in your agenda.");
    boolean remindersOn = before.map(Agenda::remindersOn).orElse(true);
    agendas
        .remindBefore()
        .filter(lead -> remindersOn)
        .ifPresent(
            lead ->
                text.append(" I will send you a direct message ")
                    .append(lead.toMinutes())
                    .append(" minutes before it starts."));
    if (!clashes.isEmpty()) {
      text.append("\nIt overlaps with ")
          .append(
              clashes.stream()
                  .map(s -> "\"" + s.title() + "\" (" + TimeFormat.span(s, conference.zone()) + ")")
                  .collect(Collectors.joining(", ")))
          .append(", also in your agenda.");
    }
    return new Info("Starred", text.toString());
  }

  /** Removes the session {@code title} names from the agenda; a cancelled one by its old title. */
  public Reply unstar(String title) {
    Optional<Agenda> agenda = agendas.store().find(owner);
    if (agenda.isEmpty() || agenda.get().stars().isEmpty()) {
      return new Info("Nothing starred", "Your agenda is empty: /star SESSION adds a session.");
    }
    Optional<Star> star = starNamed(agenda.get(), title);
    if (star.isEmpty()) {
      return new Info(
          "Not in your agenda",
          "None of your starred sessions is called \"" + title.strip() + "\". /agenda lists them.");
    }
    agendas.store().unstar(owner, star.get().sessionId());
    agendas.changed();
    return new Info("Unstarred", "\"" + star.get().title() + "\" is no longer in your agenda.");
  }

  /** The starred sessions, of one day when {@code day} is given; cancelled ones are named. */
  public Reply show(Optional<String> day) {
    Optional<Agenda> agenda = agendas.store().find(owner);
    if (agenda.isEmpty() || agenda.get().stars().isEmpty()) {
      return new Info("Your agenda", "Your agenda is empty: /star SESSION adds a session.");
    }
    List<Session> sessions = present(agenda.get());
    List<String> notes = new ArrayList<>();
    String heading = "Your agenda";
    if (day.isPresent()) {
      Optional<LocalDate> resolved = scheduleCommands.resolveDay(day.get());
      if (resolved.isEmpty()) {
        return new NoAnswer(
            "I don't know which day \"" + day.get().strip() + "\" is.",
            conference.help(),
            List.of(),
            List.of(),
            List.of());
      }
      sessions =
          sessions.stream()
              .filter(
                  s ->
                      s.start()
                          .withZoneSameInstant(conference.zone())
                          .toLocalDate()
                          .equals(resolved.get()))
              .toList();
      heading += " for " + resolved.get();
    } else {
      cancelled(agenda.get())
          .forEach(
              star ->
                  notes.add(
                      "\""
                          + star.title()
                          + "\" is no longer in the schedule: it was cancelled or removed."));
    }
    if (!agenda.get().remindersOn()) {
      notes.add("Direct messages before your sessions are off: /agenda on turns them on.");
    }
    if (sessions.isEmpty()) {
      return new Info(heading, "None of your starred sessions is on that day.", notes);
    }
    return new SessionCards(
        heading, sessions, sessions.size(), Optional.empty(), conference.zone(), notes);
  }

  /** Turns the direct messages before starred sessions on or off. */
  public Reply reminders(boolean on) {
    agendas.store().remindersOn(owner, on);
    agendas.changed();
    if (agendas.remindBefore().isEmpty()) {
      return new Info("Agenda messages", "Noted; but this bot sends no messages before sessions.");
    }
    return on
        ? new Info(
            "Agenda messages on",
            "I will send you a direct message "
                + agendas.remindBefore().get().toMinutes()
                + " minutes before each starred session.")
        : new Info(
            "Agenda messages off",
            "No more direct messages before your sessions; your stars stay."
                + " /agenda on turns them back on.");
  }

  /** The starred sessions still in the schedule as an iCalendar file. */
  public Reply calendar() {
    List<Session> sessions = agendas.store().find(owner).map(this::present).orElse(List.of());
    if (sessions.isEmpty()) {
      return new Info(
          "Your agenda", "Your agenda has no sessions to export: /star SESSION adds one.");
    }
    String content =
        agendas.calendar().write(conference.name() + " agenda", sessions, conference.zone());
    return new FileReply(
        "Your agenda",
        sessions.size()
            + (sessions.size() == 1 ? " session" : " sessions")
            + ", times in "
            + conference.zone().getId()
            + ": open "
            + FILE_NAME
            + " with your calendar to import it.",
        FILE_NAME,
        "text/calendar",
        content,
        List.of());
  }

  /** Deletes everything held for this person: stars, the off switch, messages not yet sent. */
  public Reply forget() {
    boolean held = agendas.store().forget(owner);
    agendas.changed();
    return new Info(
        "Forgotten",
        held
            ? "I deleted your agenda: your stars, your settings and the messages not yet sent."
            : "I kept nothing about you.");
  }

  /** The starred sessions that are still in the schedule, in time order, as they are now. */
  private List<Session> present(Agenda agenda) {
    Map<String, Session> byId = byId();
    return agenda.stars().stream()
        .map(s -> byId.get(s.sessionId()))
        .filter(Objects::nonNull)
        .sorted(Comparator.comparing((Session s) -> s.start().toInstant()))
        .toList();
  }

  private List<Star> cancelled(Agenda agenda) {
    Map<String, Session> byId = byId();
    return agenda.stars().stream().filter(s -> !byId.containsKey(s.sessionId())).toList();
  }

  private Map<String, Session> byId() {
    return schedule.sessions().stream()
        .collect(Collectors.toMap(Session::id, Function.identity(), (a, b) -> a));
  }

  /**
   * The star {@code title} names: by the session it finds now, else by the title seen when starred.
   */
  private Optional<Star> starNamed(Agenda agenda, String title) {
    SessionPick pick = SessionPick.of(title, schedule, scheduleCommands);
    if (pick.session().isPresent() && agenda.starred(pick.session().get().id())) {
      String id = pick.session().get().id();
      return agenda.stars().stream().filter(s -> s.sessionId().equals(id)).findFirst();
    }
    String wanted = SessionPick.normal(title);
    return agenda.stars().stream()
        .filter(
            s ->
                SessionPick.normal(s.title()).equals(wanted) || s.sessionId().equals(title.strip()))
        .findFirst();
  }

  private static boolean overlap(Session a, Session b) {
    return a.start().toInstant().isBefore(b.end().toInstant())
        && b.start().toInstant().isBefore(a.end().toInstant());
  }
}
