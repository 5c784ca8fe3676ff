package dev.usher.core;

import dev.usher.core.agenda.AgendaCommands;
import dev.usher.core.agenda.AgendaOwner;
import dev.usher.core.agenda.Agendas;
import dev.usher.core.agenda.StarButtons;
import dev.usher.core.announce.BackgroundReload;
import dev.usher.core.answer.AnswerEngine;
import dev.usher.core.command.Caller;
import dev.usher.core.command.CommandCatalog;
import dev.usher.core.command.CommandSpec;
import dev.usher.core.command.CompletionKind;
import dev.usher.core.command.Request;
import dev.usher.core.conference.Conference;
import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.SessionId;
import dev.usher.core.knowledge.IngestReport;
import dev.usher.core.knowledge.Knowledge;
import dev.usher.core.questions.FeedbackButtons;
import dev.usher.core.questions.LoggedQuestion;
import dev.usher.core.questions.QuestionGroups;
import dev.usher.core.questions.QuestionIds;
import dev.usher.core.questions.QuestionLog;
import dev.usher.core.questions.QuestionReport;
import dev.usher.core.questions.ReportWindow;
import dev.usher.core.reply.Answer;
import dev.usher.core.reply.Info;
import dev.usher.core.reply.NoAnswer;
import dev.usher.core.reply.Reply;
import dev.usher.core.reply.SessionCards;
import dev.usher.core.schedule.ScheduleClaim;
import dev.usher.core.schedule.ScheduleCommands;
import dev.usher.core.schedule.ScheduleLookup;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot: a request in, a reply out. Synchronous and thread-safe; platforms call it from their own
 * executor threads. "Now" comes from the injected clock, read in the conference's zone.
 */
public final class Bot {
  private static final Logger log = LoggerFactory.getLogger(Bot.class);

  /** Questions are read up to this many characters: no real question is longer. */
  public static final int MAX_QUESTION_CHARS = 500;

  static final String LONG_QUESTION_NOTE =
      "Your question was long: I read its first " + MAX_QUESTION_CHARS + " characters.";

  private final Conference conference;
  private final Knowledge knowledge;
  private final Clock clock;
  private final AnswerEngine answers;
  private final QuestionLog questions;

  /** The lookup of the schedule last seen; rebuilt when a reload brings a new schedule. */
  private final AtomicReference<ScheduleLookup> lookup;

  /** Empty when agendas are not kept: the agenda commands then say so. */
  private final Optional<Agendas> agendas;

  /** Present when {@code /reload} fetches a schedule URL: it then runs off the asking thread. */
  private final Optional<BackgroundReload> backgroundReload;

  public Bot(Conference conference, Knowledge knowledge, Clock clock) {
    this(conference, knowledge, clock, QuestionLog.NONE);
  }

  /**
   * A bot that records in {@code questions} each question it declines and each answer it gives
   * (without who asked), for the organizers' report and the answers' feedback buttons.
   */
  public Bot(Conference conference, Knowledge knowledge, Clock clock, QuestionLog questions) {
    this(
        conference,
        knowledge,
        clock,
        questions,
        new AtomicReference<>(),
        Optional.empty(),
        Optional.empty());
  }

  private Bot(
      Conference conference,
      Knowledge knowledge,
      Clock clock,
      QuestionLog questions,
      AtomicReference<ScheduleLookup> lookup,
      Optional<Agendas> agendas,
      Optional<BackgroundReload> backgroundReload) {
    this.conference = Objects.requireNonNull(conference, "conference");
    this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.questions = Objects.requireNonNull(questions, "questions");
    this.answers = new AnswerEngine(conference, knowledge);
    this.lookup = lookup;
    this.agendas = agendas;
    this.backgroundReload = backgroundReload;
  }

  /** The same bot, with "now" read from another clock (for a question asked at a given moment). */
  public Bot at(Clock otherClock) {
    return new Bot(conference, knowledge, otherClock, questions, lookup, agendas, backgroundReload);
  }

  /**
   * The same bot, keeping personal agendas ({@code /star}, {@code /agenda}) in {@code withAgendas}.
   */
  public Bot withAgendas(Agendas withAgendas) {
    return new Bot(
        conference,
        knowledge,
        clock,
        questions,
        lookup,
        Optional.of(Objects.requireNonNull(withAgendas, "withAgendas")),
        backgroundReload);
  }

  /**
   * The same bot, {@code /reload} handed to {@code reload} (the schedule poller's thread) and
   * answered at once that it started; its outcome goes where {@code reload} sends it. For a
   * conference whose schedule is fetched from a URL: a slow server then holds no answering thread.
   */
  public Bot withBackgroundReload(BackgroundReload reload) {
    return new Bot(
        conference,
        knowledge,
        clock,
        questions,
        lookup,
        agendas,
        Optional.of(Objects.requireNonNull(reload, "reload")));
  }

  public Conference conference() {
    return conference;
  }

  /**
   * Answers {@code request} for the person running the bot (the console, {@code ./usher ask}), who
   * is an organizer. Chat platforms say who asks: {@link #handle(Request, Caller)}.
   */
  public Reply handle(Request request) {
    return handle(request, Caller.operator());
  }

  /**
   * Answers {@code request} from {@code caller}: an organizer-only command (see {@link
   * CommandCatalog#organizerOnly}) from an attendee gets a polite refusal, not run.
   */
  public Reply handle(Request request, Caller caller) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(caller, "caller");
    if (CommandCatalog.organizerOnly(request) && !caller.organizer()) {
      return new Info(ORGANIZERS_ONLY, "This command is for the conference's organizers.");
    }
    ScheduleCommands schedule = scheduleCommands();
    Reply reply =
        switch (request) {
          case Request.Ask ask -> ask(schedule, ask.question(), caller);
          case Request.ShowSchedule show -> schedule.day(show.day(), show.room(), show.track());
          case Request.Now now -> schedule.now();
          case Request.Next next -> schedule.next(next.room());
          case Request.FindSession find -> schedule.session(find.title());
          case Request.FindSpeaker find -> schedule.speaker(find.name());
          case Request.FindRoom find -> schedule.room(find.name());
          case Request.FindTrack find -> schedule.track(find.name());
          case Request.Help help -> help();
          case Request.About about -> about();
          case Request.Reload reload -> reload();
          case Request.Press press -> press(press.action(), schedule, caller);
          case Request.Report report -> reportReply(report.since());
          case Request.Star star ->
              agenda(schedule, caller).map(a -> a.star(star.title())).orElse(NO_AGENDAS);
          case Request.Unstar unstar ->
              agenda(schedule, caller).map(a -> a.unstar(unstar.title())).orElse(NO_AGENDAS);
          case Request.ShowAgenda show ->
              agenda(schedule, caller).map(a -> a.show(show.day())).orElse(NO_AGENDAS);
          case Request.AgendaReminders on ->
              agenda(schedule, caller).map(a -> a.reminders(on.on())).orElse(NO_AGENDAS);
          case Request.AgendaCalendar file ->
              agenda(schedule, caller).map(AgendaCommands::calendar).orElse(NO_AGENDAS);
          case Request.ForgetMe forget ->
              agenda(schedule, caller).map(AgendaCommands::forget).orElse(NO_AGENDAS);
        };
    return CommandCatalog.personal(request) ? reply : withStarButtons(reply);
  }

  /** Session cards get a "Star" button per session shown when the bot keeps agendas. */
  private Reply withStarButtons(Reply reply) {
    if (agendas.isEmpty() || !(reply instanceof SessionCards cards) || !cards.buttons().isEmpty()) {
      return reply;
    }
    return cards.withButtons(StarButtons.under(cards.sessions()));
  }

  private static final Reply NO_AGENDAS =
      new Info("No agendas here", "This bot keeps no personal agendas.");

  private Optional<AgendaCommands> agenda(ScheduleCommands schedule, Caller caller) {
    // handle() has set the lookup (scheduleCommands()) before any request is answered.
    ScheduleLookup current = Objects.requireNonNull(lookup.get(), "lookup");
    return agendas.map(
        a ->
            new AgendaCommands(
                a, AgendaOwner.of(caller), conference, current.schedule(), schedule, clock));
  }

  /**
   * The unanswered questions of the last {@code window} (empty: the whole kept log), grouped; for
   * {@code ./usher report} and {@code /report}.
   */
  public QuestionReport report(Optional<Duration> window) {
    Objects.requireNonNull(window, "window");
    Optional<Instant> since = window.map(w -> clock.instant().minus(w));
    QuestionGroups grouping = new QuestionGroups(answers::contentTerms, knowledge::meaning);
    return QuestionReport.of(since, questions.since(since.orElse(Instant.EPOCH)), grouping);
  }

  /**
   * Tells the log that {@code reply}, given to a question, could not be sent by the platform; a
   * reply the log does not know (a schedule card, a refusal) is ignored. Never throws.
   */
  public void undelivered(Reply reply) {
    Objects.requireNonNull(reply, "reply");
    FeedbackButtons.questionOf(reply.buttons())
        .ifPresent(id -> logged("mark undelivered", () -> questions.undelivered(id)));
  }

  /**
   * How the question would be answered: the candidate passages with each signal of the answer
   * policy and the rule that decided, for organizers checking why the bot answered or declined.
   */
  public String explain(String question) {
    Objects.requireNonNull(question, "question");
    String cut =
        question.length() > MAX_QUESTION_CHARS
            ? question.substring(0, MAX_QUESTION_CHARS)
            : question;
    return answers.explain(cut);
  }

  /**
   * Completions for the operator at the console: see {@link #complete(CompletionKind, String, int,
   * Caller)}.
   */
  public List<String> complete(CompletionKind kind, String prefix, int max) {
    return complete(kind, prefix, max, Caller.operator());
  }

  /**
   * Completions for a command option of {@code caller}, for autocomplete; never more than {@code
   * max}. {@link CompletionKind#STARRED} offers only the sessions in the caller's own agenda (none
   * when the bot keeps no agendas).
   */
  public List<String> complete(CompletionKind kind, String prefix, int max, Caller caller) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(caller, "caller");
    return switch (kind) {
      case DAY -> scheduleCommands().dayCompletions(prefix, max);
      case STARRED ->
          agendas.map(a -> a.starredTitles(AgendaOwner.of(caller), prefix, max)).orElse(List.of());
      case SESSION, SPEAKER, ROOM, TRACK -> knowledge.complete(kind, prefix, max);
    };
  }

  /**
   * The schedule answers when the question is about sessions, the documents otherwise; both read
   * the same cut of a long question, and the reply says it was cut whichever answered.
   */
  private Reply ask(ScheduleCommands schedule, String question, Caller caller) {
    if (question.length() > MAX_QUESTION_CHARS) {
      String cut = question.substring(0, MAX_QUESTION_CHARS);
      return recorded(answer(schedule, cut), cut, caller).withNote(LONG_QUESTION_NOTE);
    }
    return recorded(answer(schedule, question), question, caller);
  }

  /**
   * Logs a declined question, and an answer with the buttons that give feedback on it; the log
   * keeps the platform and channel, never who asked. Other replies (sessions from the schedule) are
   * not logged. A log that fails costs one log line, never the answer.
   */
  private Reply recorded(AnswerEngine.Decided decided, String question, Caller caller) {
    Reply reply = decided.reply();
    LoggedQuestion.Outcome outcome =
        switch (reply) {
          case Answer answer -> LoggedQuestion.Outcome.ANSWERED;
          case NoAnswer none -> LoggedQuestion.Outcome.DECLINED;
          default -> null;
        };
    // Without a log (a measuring run) there is nothing to record, and buttons would lead nowhere.
    if (outcome == null || questions == QuestionLog.NONE) {
      return reply;
    }
    String id = QuestionIds.next();
    LoggedQuestion entry =
        new LoggedQuestion(
            id,
            clock.instant(),
            caller.platform(),
            caller.channelId(),
            question.strip(),
            outcome,
            decided.decision(),
            decided.coverage(),
            decided.similarity(),
            Optional.empty());
    logged("record a question", () -> questions.record(entry));
    return reply instanceof Answer answer ? answer.withButtons(FeedbackButtons.under(id)) : reply;
  }

  private static void logged(String what, Runnable write) {
    try {
      write.run();
    } catch (RuntimeException e) {
      log.warn("question log: could not {}: {}", what, e.getMessage());
    }
  }

  /** A button pressed: a session card's "Star", or the feedback buttons under an answer. */
  private Reply press(String action, ScheduleCommands schedule, Caller caller) {
    Optional<String> starred = StarButtons.sessionOf(action);
    if (starred.isPresent()) {
      return agenda(schedule, caller).map(a -> a.star(starred.get())).orElse(NO_AGENDAS);
    }
    Optional<FeedbackButtons.Click> click = FeedbackButtons.read(action);
    if (click.isEmpty()) {
      return new Info("Nothing to do", "This button no longer does anything.");
    }
    logged("record feedback", () -> questions.feedback(click.get().id(), click.get().feedback()));
    return new Info(
        "Thanks",
        click.get().feedback() == LoggedQuestion.Feedback.HELPFUL
            ? "Thanks for saying so."
            : "Thanks: the organizers will see this question and can add an answer.");
  }

  /** How many groups {@code /report} shows in chat; {@code ./usher report} shows every one. */
  static final int REPORT_GROUPS_SHOWN = 10;

  private Reply reportReply(Optional<String> since) {
    Optional<Duration> window = since.flatMap(ReportWindow::parse);
    if (since.isPresent() && window.isEmpty()) {
      return new Info("Report", "Say how far back, such as 30m, 12h, 1d or 2w: /report 1d.");
    }
    return new Info(
        "Unanswered questions", report(window).text(conference.zone(), REPORT_GROUPS_SHOWN));
  }

  /**
   * One ranking decides between pages and sessions: a question that is the schedule's alone (now,
   * next, a room, a speaker) gets the schedule's answer; otherwise a page wins when the ranking of
   * pages and sessions together puts a page first, and the schedule's answer stands when a session
   * comes first or nothing answers.
   */
  private AnswerEngine.Decided answer(ScheduleCommands schedule, String question) {
    // The material's search starts what needs only the question's text while the schedule reads it.
    answers.expect(question);
    Optional<ScheduleClaim> claim = schedule.claimQuestion(question);
    if (claim.isPresent() && claim.get().certain()) {
      return fromSchedule(claim.get().reply());
    }
    AnswerEngine.Decided fromMaterial = answers.decide(question);
    if (claim.isEmpty()) {
      return fromMaterial;
    }
    boolean pageFirst =
        fromMaterial.reply() instanceof Answer answer && !SessionId.isSession(answer.source().id());
    return pageFirst ? fromMaterial : fromSchedule(claim.get().reply());
  }

  private static AnswerEngine.Decided fromSchedule(Reply reply) {
    return new AnswerEngine.Decided(reply, "SCHEDULE", 0, OptionalDouble.empty());
  }

  /**
   * Builds now what the first questions would otherwise wait for: the schedule's lookup and the
   * words of every session's abstract (about a second at 10,000 sessions). serve calls it on a
   * thread of its own as it starts; a question asked meanwhile waits for the same work.
   */
  public void prepare() {
    currentLookup().prepare();
  }

  private ScheduleCommands scheduleCommands() {
    return new ScheduleCommands(conference, currentLookup(), clock);
  }

  /** The lookup of the schedule the knowledge holds now, made again only when it changed. */
  private ScheduleLookup currentLookup() {
    Schedule schedule = knowledge.schedule();
    return lookup.updateAndGet(
        known ->
            known != null && known.isOf(schedule, conference.zone())
                ? known
                : ScheduleLookup.of(schedule, conference.zone()));
  }

  private Reply help() {
    String commands =
        CommandCatalog.commands().stream()
            .filter(command -> !command.organizerOnly())
            .map(Bot::usage)
            .collect(Collectors.joining("\n"));
    return new Info(
        "How to use " + conference.name() + " help desk",
        "Ask me anything about "
            + conference.name()
            + " in plain words, or use a command:\n"
            + commands);
  }

  private static String usage(CommandSpec command) {
    String options =
        command.options().stream()
            .map(o -> o.required() ? "<" + o.name() + ">" : "[" + o.name() + "]")
            .collect(Collectors.joining(" "));
    return "/"
        + command.name()
        + (options.isEmpty() ? "" : " " + options)
        + ": "
        + command.description();
  }

  private Reply about() {
    String url = conference.url().map(u -> "\n" + u).orElse("");
    return new Info(
        "About",
        "Usher answers questions about "
            + conference.name()
            + " from the conference's own documents and schedule. Times are in "
            + conference.zone().getId()
            + "."
            + url);
  }

  /** The title of the refusal an attendee gets for an organizer-only command. */
  public static final String ORGANIZERS_ONLY = "Organizers only";

  /** How many of a reload's problems its reply names; {@code ./usher check} lists them all. */
  static final int RELOAD_PROBLEMS_SHOWN = 5;

  /**
   * A summary fit for one message: the counts, then the first {@link #RELOAD_PROBLEMS_SHOWN}
   * problems with their paths as the report gives them (relative to the conference folder), and how
   * many more there are. One line per problem would be dozens of messages for a messy folder.
   */
  private Reply reload() {
    if (backgroundReload.isPresent()) {
      boolean started = backgroundReload.get().start();
      return new Info(
          "Reload started",
          (started
                  ? "Fetching the schedule and reading the documents again"
                  : "A reload was already waiting to start; this one joins it")
              + ": its changes are announced as usual, and the server's log says how it went.");
    }
    return reloaded(knowledge.reload());
  }

  /** What {@code reload}'s report says, as the reply to {@code /reload}. */
  public static Info reloaded(IngestReport report) {
    List<IngestReport.Problem> problems = report.problems();
    StringBuilder text =
        new StringBuilder()
            .append(report.files().size())
            .append(" files, ")
            .append(report.passages())
            .append(" passages, ")
            .append(report.sessions())
            .append(" sessions.");
    if (!problems.isEmpty()) {
      text.append(' ')
          .append(count(problems.size(), "file problem", "file problems"))
          .append(
              problems.size() > RELOAD_PROBLEMS_SHOWN ? "; the first " + RELOAD_PROBLEMS_SHOWN : "")
          .append(':');
      problems.stream()
          .limit(RELOAD_PROBLEMS_SHOWN)
          .forEach(p -> text.append("\n- ").append(p.path()).append(": ").append(p.reason()));
      if (problems.size() > RELOAD_PROBLEMS_SHOWN) {
        text.append("\n... and ")
            .append(problems.size() - RELOAD_PROBLEMS_SHOWN)
            .append(" more: ./usher check on the server lists every one.");
      }
    }
    return new Info("Reloaded", text.toString());
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
