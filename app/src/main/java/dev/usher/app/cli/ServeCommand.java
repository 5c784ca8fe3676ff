package dev.usher.app.cli;

import dev.usher.app.AgendaService;
import dev.usher.app.ConferenceRuntime;
import dev.usher.app.ExitCode;
import dev.usher.app.ExpectedFailure;
import dev.usher.app.QuestionLogService;
import dev.usher.app.ReminderService;
import dev.usher.app.ReminderTiming;
import dev.usher.app.ScheduleRefresher;
import dev.usher.app.check.UnknownKeys;
import dev.usher.app.config.AgendaSettings;
import dev.usher.app.config.ReminderSettingsReader;
import dev.usher.app.config.ReplicaSettings;
import dev.usher.app.config.SettingsException;
import dev.usher.app.replica.LeaderTerm;
import dev.usher.app.replica.Leadership;
import dev.usher.app.replica.PlatformStartException;
import dev.usher.app.state.AnnouncedScheduleFile;
import dev.usher.app.state.ServeLock;
import dev.usher.app.state.StateException;
import dev.usher.core.Bot;
import dev.usher.core.agenda.AgendaStoreException;
import dev.usher.core.announce.BackgroundReload;
import dev.usher.core.announce.ScheduleAnnouncer;
import dev.usher.core.conference.Schedule;
import dev.usher.core.platform.BackgroundAnswers;
import dev.usher.core.platform.ChatPlatform;
import dev.usher.core.platform.ChatPlatformProvider;
import dev.usher.core.platform.PlatformContext;
import dev.usher.core.questions.QuestionLog;
import dev.usher.core.reminder.Channels;
import dev.usher.core.reminder.PostSource;
import dev.usher.core.reminder.ReminderLedgerException;
import dev.usher.core.reminder.ReminderSettings;
import dev.usher.ledger.SqliteReminderLedger;
import dev.usher.ledger.SqliteSeenDeliveries;
import dev.usher.ledger.postgres.PostgresAnnouncedSchedule;
import dev.usher.ledger.postgres.PostgresLease;
import dev.usher.ledger.postgres.PostgresReminderLedger;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code usher serve}: connects every chat platform whose secrets are in the environment and
 * answers until stopped. With {@code state: postgres://...} it is one replica: it connects and
 * posts only while it holds the lease (README: running two replicas).
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "serve",
    description = "Connect to Discord and/or Slack and answer (tokens from the environment).")
public final class ServeCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

  /** Questions that may wait for an answer thread; a few seconds of work at most. */
  static final int ANSWER_QUEUE = 32;

  @Mixin ConferenceOptions conference = new ConferenceOptions();
  @Spec CommandSpec spec;

  private final Function<ZoneId, ReminderTiming> timing;

  public ServeCommand() {
    this(ReminderTiming::real);
  }

  /**
   * A serve whose reminders keep time by {@code timing} (tests run whole replicas on a simulated
   * clock); the lease is always timed by the real clocks of this machine and the database.
   */
  public ServeCommand(Function<ZoneId, ReminderTiming> timing) {
    this.timing = Objects.requireNonNull(timing, "timing");
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    // First of all, before the index, the tokens or any platform: a second serve on this folder
    // would post every reminder a second time. Replicas take it too: one per folder and machine.
    ServeLock lock;
    try {
      lock = ServeLock.acquire(ReminderService.stateFolder(conference.folder()), Clock.systemUTC());
    } catch (StateException e) {
      err.println("usher: " + e.getMessage());
      return ExitCode.STATE_UNUSABLE;
    }
    // Released on every way out, a failed start too: a later serve in this process must not find it
    // held.
    try {
      return serve(lock, err);
    } finally {
      lock.close();
    }
  }

  private int serve(ServeLock lock, PrintWriter err) throws InterruptedException {
    ConferenceRuntime runtime = conference.open();
    Optional<ReplicaSettings> replica;
    ReminderSettings reminderSettings;
    Channels announce;
    AgendaSettings agendaSettings;
    try {
      replica = ReplicaSettings.read(runtime.settings(), System.getenv());
      // Read before connecting, so a wrong reminders section stops the start naming its key.
      reminderSettings = ReminderSettingsReader.read(runtime.settings().section("reminders"));
      announce = ReminderSettingsReader.announceChannels(runtime.settings().section("announce"));
      agendaSettings = AgendaSettings.read(runtime.settings().section("agenda"));
    } catch (SettingsException e) {
      runtime.close();
      throw e;
    }
    report(runtime, err);
    // A key nobody reads does not stop serving: said once here, in the lines ./usher check prints.
    UnknownKeys.lines(runtime.settings().folder()).forEach(line -> log.warn("{}", line));
    conference.reportProblems(runtime, err);
    // Each replica keeps its own log in its local state folder; one that cannot be used is said
    // in one line and costs no answer.
    Optional<QuestionLogService> questions =
        QuestionLogService.openOrWarn(runtime.settings(), Clock.systemUTC(), err);
    Bot bot =
        runtime.bot(
            conference.clock(runtime.conference().zone()),
            questions.map(QuestionLogService::log).orElse(QuestionLog.NONE));
    // The schedule poller's thread, made before the bot: /reload hands its fetch to it, so a slow
    // schedule server holds no thread that answers attendees.
    Optional<ScheduledExecutorService> scheduleFetches =
        runtime.settings().scheduleUrls().isEmpty()
            ? Optional.empty()
            : Optional.of(
                Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("usher-schedule-fetch").daemon().factory()));
    if (scheduleFetches.isPresent()) {
      bot =
          bot.withBackgroundReload(
              new BackgroundReload(
                  runtime.watch(),
                  scheduleFetches.get(),
                  report ->
                      log.info(
                          "Reload asked by an organizer: {}",
                          Bot.reloaded(report).text().replace('\n', ' '))));
    }
    SqliteSeenDeliveries seen;
    try {
      // Kept in the state folder, so a platform's retry that arrives after a restart is not
      // answered a second time.
      seen = SqliteSeenDeliveries.open(deliveriesFile(runtime), Clock.systemUTC());
    } catch (IllegalStateException e) {
      err.println("usher: " + e.getMessage());
      questions.ifPresent(QuestionLogService::close);
      runtime.close();
      return ExitCode.STATE_UNUSABLE;
    }
    if (replica.isPresent()) {
      try {
        // Created, migrated and written once, as a local ledger is, before any platform.
        PostgresReminderLedger.open(replica.get().location()).close();
        PostgresAnnouncedSchedule.open(replica.get().location(), runtime.conference().name())
            .close();
      } catch (ReminderLedgerException e) {
        err.println("usher: " + e.getMessage());
        seen.close();
        runtime.close();
        return ExitCode.STATE_UNUSABLE;
      }
    }
    Optional<AgendaService> agendas;
    try {
      // Checked before any platform connects; replicas share theirs in the PostgreSQL database.
      agendas =
          Optional.of(
              replica.isPresent()
                  ? AgendaService.shared(
                      runtime, agendaSettings, Clock.systemUTC(), replica.get().location())
                  : AgendaService.open(runtime, agendaSettings, Clock.systemUTC()));
      bot = bot.withAgendas(agendas.get().agendas());
    } catch (AgendaStoreException e) {
      err.println("usher: " + e.getMessage());
      seen.close();
      runtime.close();
      return ExitCode.STATE_UNUSABLE;
    }
    // Bounded: past ANSWER_QUEUE waiting questions the adapters answer "busy, try again" at once
    // rather than let every later question miss its platform's deadline.
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    BackgroundAnswers answers =
        BackgroundAnswers.bounded(threads, ANSWER_QUEUE, BackgroundAnswers.DEFAULT_GRACE);
    Platforms platforms = new Platforms(bot, runtime, answers, seen, questions);
    // The first attendee to ask about a topic would otherwise wait for the schedule's lookup
    // and every abstract's words (about a second at 10,000 sessions); made while platforms connect.
    // Nothing waits for it, so a daemon thread of its own rather than a Meanwhile to join.
    Thread.ofPlatform().name("usher-schedule-preparation").daemon().start(bot::prepare);
    ReminderTiming reminderTiming = timing.apply(runtime.conference().zone());
    if (replica.isPresent()) {
      return serveAsReplica(
          replica.get(),
          scheduleFetches,
          runtime,
          reminderSettings,
          announce,
          agendas.get(),
          platforms,
          reminderTiming,
          lock,
          err);
    }
    return serveAlone(
        scheduleFetches,
        runtime,
        reminderSettings,
        announce,
        agendas,
        platforms,
        reminderTiming,
        lock,
        err);
  }

  private int serveAlone(
      Optional<ScheduledExecutorService> scheduleFetches,
      ConferenceRuntime runtime,
      ReminderSettings reminderSettings,
      Channels announce,
      Optional<AgendaService> agendas,
      Platforms platformFactory,
      ReminderTiming reminderTiming,
      ServeLock lock,
      PrintWriter err)
      throws InterruptedException {
    Optional<SqliteReminderLedger> ledger = Optional.empty();
    List<PostSource> agendaMessages = agendas.map(AgendaService::messages).orElse(List.of());
    // Announcements and agenda messages are posted once through the same ledger as reminders.
    if (!reminderSettings.isEmpty() || !announce.isEmpty() || !agendaMessages.isEmpty()) {
      try {
        // Checked before connecting: a broken ledger is one line now, not a stack trace later.
        ledger = Optional.of(ReminderService.openLedger(runtime.settings()));
      } catch (ReminderLedgerException e) {
        err.println("usher: " + e.getMessage());
        platformFactory.release();
        agendas.ifPresent(AgendaService::close);
        runtime.close();
        return ExitCode.STATE_UNUSABLE;
      }
    }
    List<ChatPlatform> platforms = platformFactory.create(err);
    if (platforms.isEmpty()) {
      noPlatform(err);
      ledger.ifPresent(SqliteReminderLedger::close);
      agendas.ifPresent(AgendaService::close);
      runtime.close();
      platformFactory.release();
      return ExitCode.NO_PLATFORM;
    }
    CompletableFuture<Integer> stopped = new CompletableFuture<>();
    AtomicReference<ReminderService> reminders = new AtomicReference<>();
    Optional<SqliteReminderLedger> openedLedger = ledger;
    AtomicReference<ScheduleRefresher> refresher = new AtomicReference<>();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  Optional.ofNullable(refresher.get()).ifPresent(ScheduleRefresher::close);
                  Optional.ofNullable(reminders.get()).ifPresent(ReminderService::close);
                  openedLedger.ifPresent(SqliteReminderLedger::close);
                  agendas.ifPresent(AgendaService::close);
                  platforms.forEach(ChatPlatform::close);
                  platformFactory.release();
                  runtime.close();
                  lock.close();
                  stopped.complete(0);
                },
                "usher-shutdown"));
    for (ChatPlatform platform : platforms) {
      try {
        platform.start();
        err.println(platform.name() + ": connected");
      } catch (Exception e) {
        couldNotStart(platform.name(), e, err);
        return ExitCode.PLATFORM_FAILED;
      }
    }
    if (ledger.isEmpty()) {
      err.println("reminders: none configured in usher.yaml");
    } else {
      // Reminders run on the real clock, whatever --now says.
      ReminderService service =
          ReminderService.start(
              runtime, reminderSettings, ledger.get(), platforms, reminderTiming, agendaMessages);
      reminders.set(service);
      // A new star, an unstar or /agenda off is planned at once, not at the next planning step.
      agendas.ifPresent(a -> a.plannedBy(service));
      // Kept in the state folder: a new version kept but not yet announced when serve stopped is
      // announced at this start.
      service.announceChanges(
          runtime, announce, AnnouncedScheduleFile.in(runtime.settings().stateDirectory()));
      err.println(
          "reminders: scheduled (ledger "
              + ReminderService.ledgerFile(runtime.settings())
              + ")"
              + (announce.isEmpty() ? "" : "; schedule changes announced"));
    }
    refresher.set(startRefresher(runtime, scheduleFetches, err));
    return awaitStop(stopped);
  }

  /**
   * Fetches the schedule URLs, if any, every {@code schedule_refresh}; null when there are none.
   */
  private static @Nullable ScheduleRefresher startRefresher(
      ConferenceRuntime runtime,
      Optional<ScheduledExecutorService> scheduleFetches,
      PrintWriter err) {
    if (scheduleFetches.isEmpty()) {
      return null;
    }
    ScheduleRefresher refresher =
        ScheduleRefresher.start(
            runtime.settings(),
            runtime.conference().zone(),
            runtime.watch(),
            Clock.systemUTC(),
            scheduleFetches.get());
    Duration refresh = runtime.settings().scheduleRefresh();
    err.println(
        "schedule: fetched from "
            + runtime.settings().scheduleUrls().size()
            + " URL(s) every "
            + (refresh.toSecondsPart() == 0
                ? refresh.toMinutes() + " min"
                : refresh.toSeconds() + " s"));
    return refresher;
  }

  /**
   * A replica: checks the shared ledger and opens the lease before any platform, then waits as a
   * standby; while it holds the lease it connects the platforms and posts (a {@link LeaderTerm}).
   */
  private int serveAsReplica(
      ReplicaSettings replica,
      Optional<ScheduledExecutorService> scheduleFetches,
      ConferenceRuntime runtime,
      ReminderSettings reminderSettings,
      Channels announce,
      AgendaService agendas,
      Platforms platformFactory,
      ReminderTiming reminderTiming,
      ServeLock lock,
      PrintWriter err)
      throws InterruptedException {
    PostgresLease lease;
    try {
      lease = PostgresLease.open(replica.location(), holderName(), replica.leaseLength());
    } catch (ReminderLedgerException e) {
      err.println("usher: " + e.getMessage());
      platformFactory.release();
      agendas.close();
      runtime.close();
      return ExitCode.STATE_UNUSABLE;
    }
    List<PostSource> agendaMessages = agendas.messages();
    List<ChatPlatform> probe = platformFactory.create(err);
    probe.forEach(ChatPlatform::close); // never started: each term creates its own
    if (probe.isEmpty()) {
      noPlatform(err);
      lease.close();
      agendas.close();
      runtime.close();
      platformFactory.release();
      return ExitCode.NO_PLATFORM;
    }
    // Every replica fetches and reloads its schedule; only the leader's reminders announce a
    // change.
    AtomicReference<ScheduleAnnouncer> leaderAnnouncer = new AtomicReference<>();
    runtime
        .watch()
        .onReload((before, after) -> announceAsLeader(leaderAnnouncer.get(), before, after));
    ScheduleRefresher refresher = startRefresher(runtime, scheduleFetches, err);
    LeaderTerm term =
        new LeaderTerm(
            replica.location(),
            runtime.conference().name(),
            () -> platformFactory.create(null),
            reminderSettings.isEmpty() && announce.isEmpty() && agendaMessages.isEmpty()
                ? Optional.empty()
                : Optional.of(
                    (ledger, announced, running) -> {
                      // Only the leader posts: its term's reminders send the agenda messages too.
                      ReminderService service =
                          ReminderService.start(
                              runtime,
                              reminderSettings,
                              ledger,
                              running,
                              reminderTiming,
                              agendaMessages);
                      // Set before it resumes: a reload meanwhile is compared with the shared
                      // record too, and the batch handed out twice is posted once (the ledger).
                      ScheduleAnnouncer announcer = service.announcer(announce, announced);
                      leaderAnnouncer.set(announcer);
                      // What the last leader announced, from the shared record: a change it kept
                      // and did not post, or one seen while this replica stood by, is announced
                      // now, and once.
                      announcer.resume(runtime.watch().schedule());
                      agendas.plannedBy(service);
                      return service;
                    }),
            err::println);
    ScheduledExecutorService election =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("usher-lease").daemon().factory());
    ExecutorService terms =
        Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("usher-term").daemon().factory());
    Leadership leadership =
        new Leadership(
            lease,
            term,
            election,
            terms,
            replica.renewEvery(),
            replica.stopPostingAfter(),
            err::println);
    CompletableFuture<Integer> stopped = new CompletableFuture<>();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  Optional.ofNullable(refresher).ifPresent(ScheduleRefresher::close);
                  leadership.close();
                  agendas.close();
                  election.shutdown();
                  terms.shutdown();
                  platformFactory.release();
                  runtime.close();
                  lock.close();
                  stopped.complete(0);
                },
                "usher-shutdown"));
    leadership
        .failure()
        .exceptionally(
            e -> {
              if (e instanceof PlatformStartException failed) {
                couldNotStart(
                    failed.platform(), Objects.requireNonNullElse(failed.getCause(), failed), err);
              } else {
                log.error("The leader's term could not begin", e);
              }
              stopped.complete(ExitCode.PLATFORM_FAILED);
              return null;
            });
    err.println(
        "replica: standby (state "
            + replica.describe()
            + ", takeover "
            + replica.takeover().toMillis() / 1000.0
            + " s); "
            + (reminderSettings.isEmpty()
                ? "reminders: none configured"
                : "reminders: scheduled by the leader")
            + "; waiting for the lease");
    leadership.start();
    return awaitStop(stopped);
  }

  /**
   * Announces through the announcer of the latest term this replica led; a term that has ended
   * refuses to post (its platforms are closed and its fencing token is stale), which is logged.
   */
  private static void announceAsLeader(
      @Nullable ScheduleAnnouncer announcer, Schedule before, Schedule after) {
    if (announcer == null) {
      return;
    }
    try {
      announcer.changed(before, after);
    } catch (RuntimeException e) {
      log.info(
          "Schedule change not announced by this replica: its term as leader has ended ({})",
          e.toString());
    }
  }

  private static int awaitStop(CompletableFuture<Integer> stopped) throws InterruptedException {
    int code;
    try {
      code = stopped.get();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("serve's stop cannot fail", e);
    }
    return code;
  }

  private static void noPlatform(PrintWriter err) {
    err.println(
        "No chat platform to serve: set DISCORD_TOKEN, or SLACK_BOT_TOKEN and SLACK_APP_TOKEN"
            + " (see README). To try the bot without one: ./usher console");
  }

  private static void couldNotStart(String name, Throwable e, PrintWriter err) {
    // An expected failure (no network, a wrong token) is one line; the trace is for debugging.
    String why = ExpectedFailure.message(e).orElseGet(() -> String.valueOf(e.getMessage()));
    log.debug("{} could not start", name, e);
    err.println(name + ": could not start: " + why);
  }

  /** This replica's name in the lease: unique among replicas, and says where to look. */
  private static String holderName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "an unknown host";
    }
    return "pid " + ProcessHandle.current().pid() + " on " + host;
  }

  /** The deliveries already answered, beside the reminder ledger in the state folder. */
  static java.nio.file.Path deliveriesFile(ConferenceRuntime runtime) {
    return runtime.settings().stateDirectory().resolve("deliveries.db");
  }

  private static void report(ConferenceRuntime runtime, PrintWriter err) {
    var report = runtime.knowledge().lastReport();
    err.printf(
        "%s: %d passages, %d sessions from %d files%n",
        runtime.conference().name(), report.passages(), report.sessions(), report.files().size());
  }

  /** Creates the platforms whose secrets are in the environment (not started). */
  private record Platforms(
      Bot bot,
      ConferenceRuntime runtime,
      BackgroundAnswers answers,
      SqliteSeenDeliveries seen,
      Optional<QuestionLogService> questions) {
    /**
     * Stops taking questions, lets those started finish (for the answers' grace period), then
     * closes the record of answered deliveries and the question log they write to.
     */
    void release() {
      answers.close();
      seen.close();
      questions.ifPresent(QuestionLogService::close);
    }

    /**
     * @param err told of each platform without a token; null to say nothing (a later term)
     */
    List<ChatPlatform> create(@org.jspecify.annotations.Nullable PrintWriter err) {
      List<ChatPlatform> platforms = new ArrayList<>();
      for (ChatPlatformProvider provider : ServiceLoader.load(ChatPlatformProvider.class)) {
        PlatformContext context =
            new PlatformContext(
                bot, runtime.settings().section(provider.name()), System.getenv(), answers, seen);
        Optional<ChatPlatform> platform = provider.create(context);
        if (platform.isPresent()) {
          platforms.add(platform.get());
        } else if (err != null) {
          err.println(provider.name() + ": no token in the environment, not started");
        }
      }
      return platforms;
    }
  }
}
