package dev.usher.core.reminder;

import dev.usher.core.conference.Schedule;
import dev.usher.core.platform.ChatPlatform;
import dev.usher.core.platform.PostException;
import dev.usher.core.platform.PostStatus;
import dev.usher.core.reply.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the planned reminders on time, once each, through the chat platforms.
 *
 * <p>How a post is made: unless the ledger records it as done, it is first looked up in the channel
 * with {@link ChatPlatform#findPost}, a direct message in the person's DM with {@link
 * ChatPlatform#findDirect} (since its attempt started, or since it was due when the ledger has
 * never seen it: a lost or new ledger then posts nothing twice; a never-seen DM only when it was
 * due before this scheduler started); the ledger records that the attempt started, the platform
 * posts it (tagged with the key), and only then is it recorded as done. When the platform cannot
 * tell after an interrupted attempt, it is posted again, with a warning.
 *
 * <p>Missed posts (the bot was down) are sent when it starts if still useful, before {@link
 * PlannedPost#expires()}; older ones are skipped with a log line. Retryable failures are retried
 * with the {@link RetryPolicy}, honoring the platform's retry-after, until the post expires or the
 * attempts run out, which is logged as an error.
 *
 * <p>All work runs on the given executor, one step at a time: it wakes at each planned instant, and
 * at least every {@link #PLANNING_STEP} to read the schedule again. The schedule supplier is read
 * at each step; call {@link #reschedule()} after a schedule change so that moved reminders are
 * planned at once. Thread-safe.
 */
public final class ReminderScheduler implements AutoCloseable {
  /** The longest the scheduler sleeps without reading the schedule again. */
  public static final Duration PLANNING_STEP = Duration.ofMinutes(10);

  private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);

  /** How far back, beyond what may still be sent, expired posts are looked at to log a skip. */
  private static final Duration SKIP_LOG_WINDOW = Duration.ofDays(1);

  /** Margin for clock differences when asking a platform for posts since an attempt started. */
  private static final Duration LOOKUP_MARGIN = Duration.ofMinutes(5);

  private final ReminderPlanner planner;
  private final Supplier<Schedule> schedule;
  private final ReminderLedger ledger;
  private final Map<String, ChatPlatform> platforms;
  private final Clock clock;
  private final ScheduledExecutorService executor;
  private final RetryPolicy retry;
  private final List<PostSource> sources;

  private final Object lock = new Object();
  // Keys this process is finished with: posted, found posted, skipped or given up.
  private final Set<ReminderKey> settled = new HashSet<>();
  private final Map<ReminderKey, Failures> failures = new HashMap<>();
  // One-off posts (schedule announcements) not yet settled, made like planned reminders.
  private final Map<ReminderKey, PlannedPost> announcements = new LinkedHashMap<>();
  private @Nullable ScheduledFuture<?> wakeUp;
  private @Nullable Instant lastStep;
  // When this scheduler first planned: only a post due before then can an earlier process have
  // made.
  private @Nullable Instant firstStep;
  private boolean closed;

  /**
   * @param schedule the current schedule, read at each planning step
   * @param platforms the running platforms; reminders for another platform name are given up with
   *     an error
   * @param executor where the scheduler runs; it is not shut down by {@link #close()}
   */
  public ReminderScheduler(
      ReminderPlanner planner,
      Supplier<Schedule> schedule,
      ReminderLedger ledger,
      List<ChatPlatform> platforms,
      Clock clock,
      ScheduledExecutorService executor,
      RetryPolicy retry) {
    this(planner, schedule, ledger, platforms, clock, executor, retry, List.of());
  }

  /**
   * A scheduler that also makes the posts of {@code sources} (the agendas' direct messages),
   * planned at each step with the reminders, so a change to them is planned at once on {@link
   * #reschedule()}.
   */
  public ReminderScheduler(
      ReminderPlanner planner,
      Supplier<Schedule> schedule,
      ReminderLedger ledger,
      List<ChatPlatform> platforms,
      Clock clock,
      ScheduledExecutorService executor,
      RetryPolicy retry,
      List<PostSource> sources) {
    this.sources = List.copyOf(sources);
    this.planner = Objects.requireNonNull(planner, "planner");
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.platforms =
        platforms.stream().collect(Collectors.toUnmodifiableMap(ChatPlatform::name, p -> p));
    this.clock = Objects.requireNonNull(clock, "clock");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.retry = Objects.requireNonNull(retry, "retry");
  }

  /** Starts planning: missed posts still useful are sent at once, the others on time. */
  public void start() {
    executor.execute(this::step);
  }

  /** Plans again now, from the schedule as it is now (after a reload). */
  public void reschedule() {
    executor.execute(this::step);
  }

  /**
   * Posts {@code reply} once to each of {@code channels}, as soon as possible, with the same
   * ledger, look-up and retries as a reminder, keyed {@code announce/subject/platform/channel}: a
   * subject already recorded as posted is not posted again.
   *
   * @param subject what makes this announcement unique, such as the batch of changes
   * @param useful how long after now it is still worth posting (retries stop then)
   */
  public void announce(String subject, Reply reply, Channels channels, Duration useful) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(reply, "reply");
    Objects.requireNonNull(channels, "channels");
    if (useful.isNegative() || useful.isZero()) {
      throw new IllegalArgumentException("useful must be positive: " + useful);
    }
    Instant now = clock.instant();
    synchronized (lock) {
      for (Channels.Target target : channels.targets()) {
        ReminderKey key =
            new ReminderKey(
                ReminderKey.Kind.ANNOUNCEMENT, subject, target.platform(), target.channel());
        announcements.putIfAbsent(key, new PlannedPost(key, now, now.plus(useful), reply));
      }
    }
    executor.execute(this::step);
  }

  /** Stops: nothing more is posted. A post in progress finishes. */
  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      if (wakeUp != null) {
        wakeUp.cancel(false);
      }
    }
  }

  private void step() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      Instant next;
      try {
        next = postDue();
      } catch (RuntimeException e) {
        // A bug or a schedule that cannot be planned: keep the scheduler alive and try again.
        log.error("Reminder planning failed; trying again in {}", PLANNING_STEP, e);
        next = clock.instant().plus(PLANNING_STEP);
      }
      if (wakeUp != null) {
        wakeUp.cancel(false);
      }
      long delay = Math.max(0, Duration.between(clock.instant(), next).toMillis());
      wakeUp = executor.schedule(this::step, delay, TimeUnit.MILLISECONDS);
    }
  }

  /** Posts what is due, skips what expired; returns when to wake up next. */
  private Instant postDue() {
    Instant now = clock.instant();
    // The first step also looks further back, to log what was skipped while the bot was down;
    // later ones need only what expired since the previous step.
    Instant since =
        lastStep == null || lastStep.isAfter(now) ? now.minus(SKIP_LOG_WINDOW) : lastStep;
    lastStep = now;
    if (firstStep == null) {
      firstStep = now;
    }
    Duration catchUp = planner.settings().longestCatchUp();
    for (PostSource source : sources) {
      catchUp = source.longestCatchUp().compareTo(catchUp) > 0 ? source.longestCatchUp() : catchUp;
    }
    Instant from = since.minus(catchUp);
    Instant next = now.plus(PLANNING_STEP);
    Schedule current = schedule.get();
    List<PlannedPost> posts = new ArrayList<>(planner.plan(current, from, next));
    for (PostSource source : sources) {
      try {
        posts.addAll(source.plan(current, from, next));
      } catch (RuntimeException e) {
        // An unreadable agenda store must not stop the channels' reminders.
        log.error("Planning posts of {} failed; trying again at the next step", source, e);
      }
    }
    posts.addAll(announcements.values());
    Set<ReminderKey> due = new HashSet<>();
    for (PlannedPost planned : posts) {
      now = clock.instant();
      if (planned.at().isAfter(now)) {
        // Its key may be settled for an earlier time of a session that moved: wake up anyway.
        next = earliest(next, planned.at());
        continue;
      }
      PlannedPost post = occurrence(planned);
      ReminderKey key = post.key();
      due.add(key);
      if (settled.contains(key)) {
        continue;
      }
      if (!post.expires().isAfter(now)) {
        if (!ledger.isDone(key)) {
          logSkipped(post);
        }
        settled.add(key);
        continue;
      }
      Failures failed = failures.get(key);
      if (failed != null && failed.nextTry().isAfter(now)) {
        next = earliest(next, failed.nextTry());
        continue;
      }
      attempt(post);
      Failures after = failures.get(key);
      if (after != null) {
        next = earliest(next, after.nextTry());
      }
    }
    failures.keySet().retainAll(due);
    announcements.keySet().removeIf(settled::contains);
    return next;
  }

  /**
   * The post as it is to be made now. A "starting soon" post whose key the ledger records as posted
   * well before this one was due was posted for an earlier time of its session, which has moved
   * since: it is made again, once, under a key naming the new start (its post expires when the
   * session starts), such as {@code soon/talk@2026-06-01T08:00:00Z/discord/123}. A session that
   * never moves keeps the plain key.
   */
  private PlannedPost occurrence(PlannedPost post) {
    ReminderKey key = post.key();
    if (key.kind() != ReminderKey.Kind.STARTING_SOON) {
      return post;
    }
    boolean postedForAnEarlierTime =
        ledger
            .find(key)
            .flatMap(ReminderLedger.Entry::postedAt)
            .filter(postedAt -> postedAt.isBefore(post.at().minus(LOOKUP_MARGIN)))
            .isPresent();
    if (!postedForAnEarlierTime) {
      return post;
    }
    ReminderKey moved =
        new ReminderKey(
            key.kind(), key.subject() + "@" + post.expires(), key.platform(), key.channel());
    return new PlannedPost(moved, post.at(), post.expires(), post.reply());
  }

  private static void logSkipped(PlannedPost post) {
    log.info(
        "Reminder {} skipped: due {}, no longer useful since {}",
        post.key(),
        post.at(),
        post.expires());
  }

  private void attempt(PlannedPost post) {
    ReminderKey key = post.key();
    ChatPlatform platform = platforms.get(key.platform());
    if (platform == null) {
      log.error("Reminder {} given up: platform {} is not running", key, key.platform());
      settled.add(key);
      return;
    }
    try {
      if (alreadyPosted(post, platform)) {
        settled.add(key);
        failures.remove(key);
        return;
      }
      if (!post.expires().isAfter(clock.instant())) {
        // The look-up took long (a slow platform, a process that has just taken over): the post
        // was still useful when this attempt began, and is not now.
        logSkipped(post);
        settled.add(key);
        failures.remove(key);
        return;
      }
      if (key.kind().direct()) {
        platform.postDirect(key.channel(), post.reply(), key.id());
      } else {
        platform.post(key.channel(), post.reply(), key.id());
      }
      ledger.markDone(key, clock.instant());
      settled.add(key);
      failures.remove(key);
      log.info("Reminder {} posted: {}", key, post.summary());
    } catch (PostException e) {
      if (!e.retryable() && key.kind().direct()) {
        // A person who accepts no messages from the bot is not a fault: one line, no retry.
        log.warn(
            "Reminder {} given up: {} refused the direct message: {}",
            key,
            platform.name(),
            e.getMessage());
        settled.add(key);
        failures.remove(key);
        return;
      }
      if (!e.retryable()) {
        log.error(
            "Reminder {} given up: {} refused it: {}", key, platform.name(), e.getMessage(), e);
        settled.add(key);
        failures.remove(key);
        return;
      }
      retryLater(post, e.retryAfter().orElse(null), e);
    } catch (RuntimeException e) {
      // The ledger failed, or the adapter has a bug: the post is not known done, so try again.
      retryLater(post, null, e);
    }
  }

  /**
   * True when the ledger or the platform says the post is made. A post the ledger has never seen is
   * looked up in the channel (or the person's DM) since it was due: the ledger may be new (deleted,
   * a fresh host or container) while the post was made by an earlier process. A post whose attempt
   * was recorded but not its completion is looked up since that attempt. A direct message due after
   * this scheduler started, and never seen, is not looked up: no earlier process can have sent it,
   * and a look-up is a platform call per attendee at the minute their messages are due.
   */
  private boolean alreadyPosted(PlannedPost post, ChatPlatform platform) throws PostException {
    ReminderKey key = post.key();
    var entry = ledger.find(key);
    if (entry.isPresent() && entry.get().done()) {
      return true;
    }
    boolean direct = key.kind().direct();
    if (direct && entry.isEmpty() && !dueBeforeThisRun(post)) {
      ledger.markStarted(key, clock.instant());
      return false;
    }
    Instant since =
        entry.map(ReminderLedger.Entry::startedAt).orElse(post.at()).minus(LOOKUP_MARGIN);
    Instant dayBack = clock.instant().minus(Duration.ofDays(1));
    Instant from = since.isBefore(dayBack) ? dayBack : since;
    PostStatus status =
        direct
            ? platform.findDirect(key.channel(), key.id(), from)
            : platform.findPost(key.channel(), key.id(), from);
    switch (status) {
      case FOUND -> {
        ledger.markDone(key, clock.instant());
        if (entry.isEmpty()) {
          log.info(
              "Reminder {} is already in the {} although the ledger did not know it;"
                  + " recorded it",
              key,
              direct ? "direct message" : "channel");
        } else {
          log.info("Reminder {} was posted before an interruption; recorded it", key);
        }
        return true;
      }
      case NOT_FOUND -> {}
      case UNKNOWN -> {
        if (entry.isPresent()) {
          log.warn(
              "Reminder {} may have been posted before an interruption and {} cannot tell;"
                  + " posting it (again)",
              key,
              platform.name());
        }
      }
    }
    if (entry.isEmpty()) {
      ledger.markStarted(key, clock.instant());
    }
    return false;
  }

  /** Whether {@code post} was due before this scheduler's first step, give or take the margin. */
  private boolean dueBeforeThisRun(PlannedPost post) {
    return firstStep != null && post.at().isBefore(firstStep.plus(LOOKUP_MARGIN));
  }

  private void retryLater(PlannedPost post, @Nullable Duration asked, Exception cause) {
    ReminderKey key = post.key();
    Failures before = failures.get(key);
    int count = before == null ? 1 : before.count() + 1;
    Duration wait = asked != null ? asked : retry.backoff(count);
    Instant nextTry = clock.instant().plus(wait);
    if (count >= retry.maxAttempts() || !nextTry.isBefore(post.expires())) {
      log.error(
          "Reminder {} given up after {} attempts: {}", key, count, cause.getMessage(), cause);
      settled.add(key);
      failures.remove(key);
      return;
    }
    log.warn(
        "Reminder {} not posted (attempt {}): {}; retrying in {}",
        key,
        count,
        cause.getMessage(),
        wait);
    failures.put(key, new Failures(count, nextTry));
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** Failed attempts so far of one post, and when to try it next. */
  private record Failures(int count, Instant nextTry) {}
}
