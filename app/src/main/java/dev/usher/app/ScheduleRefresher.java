package dev.usher.app;

import dev.usher.app.config.UsherSettings;
import dev.usher.core.announce.ScheduleWatch;
import dev.usher.knowledge.fetch.FetchOutcome;
import dev.usher.knowledge.fetch.FetchPolicy;
import dev.usher.knowledge.fetch.ScheduleCopy;
import dev.usher.knowledge.fetch.ScheduleFetcher;
import dev.usher.knowledge.fetch.ScheduleUrl;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedules of {@code usher serve} that are published at a URL: each fetched again every {@code
 * schedule_refresh} on a thread of its own, sooner after a failure (see {@link
 * FetchPolicy#nextFetch}); a new version reloads the knowledge, which announces the changes and
 * plans the reminders again. A failure is one log line and the last good copy goes on serving.
 */
public final class ScheduleRefresher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ScheduleRefresher.class);

  private final HttpClient client;
  private final ScheduledExecutorService executor;

  private ScheduleRefresher(HttpClient client, ScheduledExecutorService executor) {
    this.client = client;
    this.executor = executor;
  }

  /** An HTTP client for schedule fetches: redirects followed, but never from https to http. */
  static HttpClient httpClient() {
    return HttpClient.newBuilder()
        .connectTimeout(FetchPolicy.DEFAULT_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  static FetchPolicy policy(UsherSettings settings) {
    return FetchPolicy.standard(settings.scheduleRefresh(), settings.maxFileBytes());
  }

  /**
   * Fetches, once, each schedule URL that has no copy yet (a first start), so that there is a
   * schedule to read, unless it failed within the refresh interval; a failure is left for the
   * reader to report ("not fetched yet").
   */
  static void fetchMissing(UsherSettings settings, ZoneId zone, Clock clock) {
    Instant retryFrom = clock.instant().minus(settings.scheduleRefresh());
    // A URL that failed lately is not asked again at every command: an unreachable host costs a
    // timeout.
    List<ScheduleCopy> missing =
        settings.scheduleUrls().stream()
            .map(url -> copy(settings, url))
            .filter(copy -> copy.content().isEmpty())
            .filter(copy -> copy.state().failedAt().map(at -> at.isBefore(retryFrom)).orElse(true))
            .toList();
    if (missing.isEmpty()) {
      return;
    }
    try (HttpClient client = httpClient()) {
      ScheduleFetcher fetcher = new ScheduleFetcher(client, policy(settings), zone, clock);
      // A failure is recorded in the copy's state, and reported from there.
      missing.forEach(fetcher::refresh);
    }
  }

  /**
   * Starts fetching every schedule URL of {@code settings}, the first time at once.
   *
   * @param knowledge reloaded after each new version (the {@code ScheduleWatch} the bot uses)
   */
  public static ScheduleRefresher start(
      UsherSettings settings, ZoneId zone, ScheduleWatch knowledge, Clock clock) {
    return start(
        settings,
        zone,
        knowledge,
        clock,
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("usher-schedule-fetch").daemon().factory()));
  }

  /**
   * Like {@link #start(UsherSettings, ZoneId, ScheduleWatch, Clock)}, fetching on {@code executor}
   * (single-threaded; tests pass one that keeps simulated time with {@code clock}), which {@link
   * #close()} shuts down.
   */
  public static ScheduleRefresher start(
      UsherSettings settings,
      ZoneId zone,
      ScheduleWatch knowledge,
      Clock clock,
      ScheduledExecutorService executor) {
    HttpClient client = httpClient();
    ScheduleFetcher fetcher = new ScheduleFetcher(client, policy(settings), zone, clock);
    for (URI url : settings.scheduleUrls()) {
      Polling polling = new Polling(copy(settings, url), fetcher, knowledge, executor);
      executor.execute(polling::fetch);
    }
    return new ScheduleRefresher(client, executor);
  }

  private static ScheduleCopy copy(UsherSettings settings, URI url) {
    return ScheduleCopy.of(url, settings.scheduleCopies());
  }

  /** One URL's fetches, each scheduling the next. */
  private record Polling(
      ScheduleCopy copy,
      ScheduleFetcher fetcher,
      ScheduleWatch knowledge,
      ScheduledExecutorService executor) {
    void fetch() {
      AtomicReference<Optional<Duration>> asked = new AtomicReference<>(Optional.empty());
      try {
        // In the watch's turn: an organizer's /reload fetching at the same moment waits.
        knowledge.reloadIf(
            () -> {
              FetchOutcome outcome = fetcher.refresh(copy);
              if (outcome instanceof FetchOutcome.Failed failed) {
                asked.set(failed.retryAfter());
              }
              return logged(copy, outcome);
            });
      } catch (RuntimeException e) {
        // A full disk or a bug: keep polling, the last good copy keeps serving.
        log.error("Schedule {}: fetch failed", ScheduleUrl.display(copy.url()), e);
      }
      Duration next =
          fetcher
              .policy()
              .nextFetch(
                  copy.state().failures(),
                  java.util.Objects.requireNonNullElse(asked.get(), Optional.empty()));
      if (!executor.isShutdown()) {
        executor.schedule(this::fetch, next.toMillis(), TimeUnit.MILLISECONDS);
      }
    }
  }

  /** Logs what a fetch found; true when a new version was kept and is to be read. */
  private static boolean logged(ScheduleCopy copy, FetchOutcome outcome) {
    switch (outcome) {
      case FetchOutcome.Updated updated -> {
        log.info(
            "Schedule {}: a new version, {} sessions; reloading",
            ScheduleUrl.display(copy.url()),
            updated.sessions());
        return true;
      }
      case FetchOutcome.Unchanged unchanged -> {
        log.debug("Schedule {}: unchanged", ScheduleUrl.display(copy.url()));
        return false;
      }
      case FetchOutcome.Failed failed -> {
        log.warn(
            "Schedule {}: fetch failed: {}; {}",
            ScheduleUrl.display(copy.url()),
            failed.reason(),
            copy.state()
                .savedAt()
                .map(at -> "serving the copy saved " + at)
                .orElse("no copy to serve yet"));
        return false;
      }
    }
  }

  /**
   * Fetches every schedule URL of {@code settings} now, conditionally, as a poll would; a failure
   * is logged, kept in the copy's state (so the reload reports it) and leaves the copy as it was.
   * What {@code /reload} does before reading the folder again (see {@link
   * dev.usher.core.announce.ScheduleWatch#fetchBeforeReload}).
   */
  static void fetchAll(UsherSettings settings, ZoneId zone, Clock clock) {
    if (settings.scheduleUrls().isEmpty()) {
      return;
    }
    try (HttpClient client = httpClient()) {
      ScheduleFetcher fetcher = new ScheduleFetcher(client, policy(settings), zone, clock);
      for (URI url : settings.scheduleUrls()) {
        ScheduleCopy copy = copy(settings, url);
        logged(copy, fetcher.refresh(copy));
      }
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    client.close();
  }
}
