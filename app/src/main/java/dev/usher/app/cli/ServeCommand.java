package dev.usher.app.cli;

import dev.usher.app.ConferenceRuntime;
import dev.usher.app.ExitCode;
import dev.usher.app.ExpectedFailure;
import dev.usher.app.ReminderService;
import dev.usher.app.config.ReminderSettingsReader;
import dev.usher.app.state.ServeLock;
import dev.usher.app.state.StateException;
import dev.usher.core.reminder.ReminderLedgerException;
import dev.usher.ledger.SqliteReminderLedger;
import dev.usher.ledger.SqliteSeenDeliveries;
import dev.usher.core.Bot;
import dev.usher.core.platform.ChatPlatform;
import dev.usher.core.platform.ChatPlatformProvider;
import dev.usher.core.platform.PlatformContext;
import dev.usher.core.reminder.ReminderSettings;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code usher serve}: connects every chat platform whose secrets are in the environment and
 * answers until stopped.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "serve", description = "Connect to Discord and/or Slack and answer (tokens from the environment).")
public final class ServeCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);
  /** Questions that may wait for an answer thread; a few seconds of work at most. */
  static final int ANSWER_QUEUE = 32;

  @Mixin ConferenceOptions conference = new ConferenceOptions();
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    // First of all, before the index, the tokens or any platform: a second serve on this folder
    // would post every reminder a second time.
    ServeLock lock;
    try {
      lock = ServeLock.acquire(ReminderService.stateFolder(conference.folder()), Clock.systemUTC());
    } catch (StateException e) {
      err.println("usher: " + e.getMessage());
      return ExitCode.STATE_UNUSABLE;
    }
    // Released on every way out, a failed start too: a later serve in this process must not find it held.
    try {
      return serve(lock, err);
    } finally {
      lock.close();
    }
  }

  private int serve(ServeLock lock, PrintWriter err) throws InterruptedException {
    ConferenceRuntime runtime = conference.open();
    report(runtime, err);
    conference.reportProblems(runtime, err);
    Bot bot = runtime.bot(conference.clock(runtime.conference().zone()));
    // Read before connecting, so a wrong reminders section stops the start naming its key.
    ReminderSettings reminderSettings =
        ReminderSettingsReader.read(runtime.settings().section("reminders"));
    Optional<SqliteReminderLedger> ledger = Optional.empty();
    if (!reminderSettings.isEmpty()) {
      try {
        // Checked before connecting: a broken ledger is one line now, not a stack trace later.
        ledger = Optional.of(ReminderService.openLedger(runtime.settings()));
      } catch (ReminderLedgerException e) {
        err.println("usher: " + e.getMessage());
        runtime.close();
        return ExitCode.STATE_UNUSABLE;
      }
    }
    SqliteSeenDeliveries seen;
    try {
      // Kept in the state folder, so a platform's retry that arrives after a restart is not
      // answered a second time.
      seen = SqliteSeenDeliveries.open(deliveriesFile(runtime), Clock.systemUTC());
    } catch (IllegalStateException e) {
      err.println("usher: " + e.getMessage());
      ledger.ifPresent(SqliteReminderLedger::close);
      runtime.close();
      return ExitCode.STATE_UNUSABLE;
    }
    // Bounded: past ANSWER_QUEUE waiting questions the adapters answer "busy, try again" at once
    // rather than let every later question miss its platform's deadline.
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    ExecutorService answers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(ANSWER_QUEUE), Thread.ofPlatform().name("usher-answer-", 0).factory());
    List<ChatPlatform> platforms = new ArrayList<>();
    for (ChatPlatformProvider provider : ServiceLoader.load(ChatPlatformProvider.class)) {
      PlatformContext context =
          new PlatformContext(bot, runtime.settings().section(provider.name()), System.getenv(), answers, seen);
      Optional<ChatPlatform> platform = provider.create(context);
      platform.ifPresentOrElse(platforms::add, () -> err.println(provider.name() + ": no token in the environment, not started"));
    }
    if (platforms.isEmpty()) {
      err.println("No chat platform to serve: set DISCORD_TOKEN, or SLACK_BOT_TOKEN and SLACK_APP_TOKEN"
          + " (see README). To try the bot without one: ./usher console");
      ledger.ifPresent(SqliteReminderLedger::close);
      seen.close();
      runtime.close();
      answers.shutdown();
      return ExitCode.NO_PLATFORM;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    AtomicReference<ReminderService> reminders = new AtomicReference<>();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      Optional.ofNullable(reminders.get()).ifPresent(ReminderService::close);
      platforms.forEach(ChatPlatform::close);
      answers.shutdown();
      seen.close();
      runtime.close();
      lock.close();
      stopped.countDown();
    }, "usher-shutdown"));
    for (ChatPlatform platform : platforms) {
      try {
        platform.start();
        err.println(platform.name() + ": connected");
      } catch (Exception e) {
        // An expected failure (no network, a wrong token) is one line; the trace is for debugging.
        String why = ExpectedFailure.message(e).orElseGet(() -> String.valueOf(e.getMessage()));
        log.debug("{} could not start", platform.name(), e);
        err.println(platform.name() + ": could not start: " + why);
        return ExitCode.PLATFORM_FAILED;
      }
    }
    if (ledger.isEmpty()) {
      err.println("reminders: none configured in usher.yaml");
    } else {
      // Reminders run on the real clock, whatever --now says.
      reminders.set(ReminderService.start(
          runtime, reminderSettings, ledger.get(), platforms, Clock.system(runtime.conference().zone())));
      err.println("reminders: scheduled (ledger " + ReminderService.ledgerFile(runtime.settings()) + ")");
    }
    stopped.await();
    answers.awaitTermination(5, TimeUnit.SECONDS);
    return 0;
  }

  /** The deliveries already answered, beside the reminder ledger in the state folder. */
  static java.nio.file.Path deliveriesFile(ConferenceRuntime runtime) {
    return runtime.settings().stateDirectory().resolve("deliveries.db");
  }

  private static void report(ConferenceRuntime runtime, PrintWriter err) {
    var report = runtime.knowledge().lastReport();
    err.printf("%s: %d passages, %d sessions from %d files%n", runtime.conference().name(),
        report.passages(), report.sessions(), report.files().size());
  }
}
