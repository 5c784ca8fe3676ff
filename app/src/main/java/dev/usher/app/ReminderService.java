package dev.usher.app;

import dev.usher.app.config.StateDirectory;
import dev.usher.app.config.UsherSettings;
import dev.usher.core.announce.AnnouncedSchedule;
import dev.usher.core.announce.ScheduleAnnouncer;
import dev.usher.core.platform.ChatPlatform;
import dev.usher.core.reminder.Channels;
import dev.usher.core.reminder.PostSource;
import dev.usher.core.reminder.ReminderLedger;
import dev.usher.core.reminder.ReminderPlanner;
import dev.usher.core.reminder.ReminderScheduler;
import dev.usher.core.reminder.ReminderSettings;
import dev.usher.core.reminder.RetryPolicy;
import dev.usher.ledger.SqliteReminderLedger;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The reminders of {@code usher serve}: the scheduler on its own thread, its ledger in {@code
 * .usher/reminders.db} of the conference folder (kept across restarts: it is what stops a restarted
 * bot from posting twice), or in the replicas' shared PostgreSQL database.
 */
public final class ReminderService implements AutoCloseable {
  private final ScheduledExecutorService executor;
  private final ReminderScheduler scheduler;
  private final Clock clock;

  private ReminderService(
      ScheduledExecutorService executor, ReminderScheduler scheduler, Clock clock) {
    this.clock = clock;
    this.executor = executor;
    this.scheduler = scheduler;
  }

  /**
   * Where serve keeps its state for a conference: the serve lock and the ledger (the folder's
   * {@code .usher}, or the user's cache for a folder that cannot be written).
   */
  public static Path stateFolder(Path folder) {
    return StateDirectory.of(folder);
  }

  /** The ledger's file for a conference folder. */
  public static Path ledgerFile(UsherSettings settings) {
    return settings.stateDirectory().resolve("reminders.db");
  }

  /**
   * Opens, checks and migrates the conference's ledger; called before any platform connects.
   *
   * @throws dev.usher.core.reminder.ReminderLedgerException naming the file and what is wrong
   */
  public static SqliteReminderLedger openLedger(UsherSettings settings) {
    return SqliteReminderLedger.open(ledgerFile(settings));
  }

  /**
   * Starts posting the reminders of {@code settings} through the running {@code platforms}.
   *
   * @param ledger from {@link #openLedger}, or a replica's fenced shared ledger; its owner closes
   *     it after this service
   * @param timing the real clock (a fixed one would never reach a reminder), or a simulated one
   */
  public static ReminderService start(
      ConferenceRuntime runtime,
      ReminderSettings settings,
      ReminderLedger ledger,
      List<ChatPlatform> platforms,
      ReminderTiming timing) {
    return start(runtime, settings, ledger, platforms, timing, List.of());
  }

  /**
   * Like {@link #start(ConferenceRuntime, ReminderSettings, ReminderLedger, List, ReminderTiming)},
   * also making the posts of {@code sources} (the agendas' direct messages).
   */
  public static ReminderService start(
      ConferenceRuntime runtime,
      ReminderSettings settings,
      ReminderLedger ledger,
      List<ChatPlatform> platforms,
      ReminderTiming timing,
      List<PostSource> sources) {
    ScheduledExecutorService executor = timing.executors().get();
    Clock clock = timing.clock();
    ReminderScheduler scheduler =
        new ReminderScheduler(
            new ReminderPlanner(settings, runtime.conference().zone()),
            runtime.knowledge()::schedule,
            ledger,
            platforms,
            clock,
            executor,
            RetryPolicy.standard(),
            sources);
    scheduler.start();
    return new ReminderService(executor, scheduler, clock);
  }

  /**
   * Announces each new version's changes to {@code channels} (once per batch, through this
   * service's ledger) and plans the reminders again at once; register it on the runtime's watch.
   */
  public ScheduleAnnouncer announcer(Channels channels) {
    return new ScheduleAnnouncer(channels, scheduler, clock);
  }

  /**
   * Like {@link #announcer(Channels)}, the schedule announced last kept in {@code announced}; the
   * caller registers it and {@linkplain ScheduleAnnouncer#resume resumes} it (a replica's term,
   * whose watch outlives it).
   */
  public ScheduleAnnouncer announcer(Channels channels, AnnouncedSchedule announced) {
    return new ScheduleAnnouncer(channels, scheduler, clock, announced);
  }

  /**
   * Like {@link #announcer(Channels)}, exactly once across a crash: the schedule announced last is
   * kept in {@code announced}, registered on the runtime's watch, and the announcer {@linkplain
   * ScheduleAnnouncer#resume resumes} from the schedule read at start-up.
   */
  public ScheduleAnnouncer announceChanges(
      ConferenceRuntime runtime, Channels channels, AnnouncedSchedule announced) {
    ScheduleAnnouncer announcer = announcer(channels, announced);
    runtime.watch().onReload(announcer::changed);
    announcer.resume(runtime.watch().schedule());
    return announcer;
  }

  /** Plans again from the current schedule (after a reload). */
  public void reschedule() {
    scheduler.reschedule();
  }

  /** Stops posting; a post in progress finishes first (for at most 5 seconds). */
  @Override
  public void close() {
    scheduler.close();
    executor.shutdown();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
