package dev.usher.core.announce;

import dev.usher.core.announce.AnnouncedSchedule.Announced;
import dev.usher.core.announce.AnnouncedSchedule.Batch;
import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.ScheduleChange;
import dev.usher.core.reminder.Channels;
import dev.usher.core.reminder.ReminderScheduler;
import dev.usher.core.reply.ScheduleChanges;
import dev.usher.core.schedule.ScheduleDiff;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On each new version of the schedule: announces what changed, one post per batch of changes to
 * each configured channel (once: the ledger keys it), and has the reminders planned again at once,
 * so a moved session is reminded at its new time. With an {@link AnnouncedSchedule} kept on disk,
 * exactly once across a crash too (see {@link #resume}). Thread-safe.
 */
public final class ScheduleAnnouncer {
  /** How long after a change its announcement is still worth posting, retries included. */
  public static final Duration USEFUL = Duration.ofHours(6);

  private static final Logger log = LoggerFactory.getLogger(ScheduleAnnouncer.class);

  private final Channels channels;
  private final ReminderScheduler scheduler;
  private final Clock clock;
  private final AnnouncedSchedule announced;

  /**
   * An announcer that keeps nothing across a restart.
   *
   * @param channels where announcements go; none means reminders are only planned again
   */
  public ScheduleAnnouncer(Channels channels, ReminderScheduler scheduler, Clock clock) {
    this(channels, scheduler, clock, AnnouncedSchedule.NONE);
  }

  /**
   * @param channels where announcements go; none means reminders are only planned again
   * @param announced where the schedule announced last is kept (see {@link #resume})
   */
  public ScheduleAnnouncer(
      Channels channels, ReminderScheduler scheduler, Clock clock, AnnouncedSchedule announced) {
    this.channels = Objects.requireNonNull(channels, "channels");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.announced = Objects.requireNonNull(announced, "announced");
  }

  /**
   * Compares the two versions, announces the changes if any, and plans the reminders again. The
   * version compared with is the one kept as announced last, when one is kept (it is {@code before}
   * but after a crash). A first schedule (none before: its URL was never fetched until now) or a
   * schedule gone (every file unreadable) is no change to announce session by session.
   */
  public synchronized void changed(Schedule before, Schedule after) {
    Optional<Announced> last = announced.last();
    announce(last.map(Announced::schedule).orElse(before), after, last.isEmpty());
    scheduler.reschedule();
  }

  /**
   * On start-up, with the schedule as read now: announces what changed since the version announced
   * last (a new version was kept but the process stopped before announcing it), or hands out again
   * the last batch while it is still useful (it may not have been posted; the ledger posts it
   * once). The first start keeps the schedule as announced.
   */
  public synchronized void resume(Schedule now) {
    Optional<Announced> last = announced.last();
    if (last.isEmpty()) {
      announced.keep(Announced.quietly(now));
    } else if (!ScheduleDiff.between(last.get().schedule(), now).isEmpty()) {
      log.info("Schedule changed since the last announcement; announcing it now");
      announce(last.get().schedule(), now, false);
    } else {
      last.get().batch().ifPresent(batch -> handOutAgain(batch, last.get().schedule()));
    }
    scheduler.reschedule();
  }

  private void announce(Schedule before, Schedule after, boolean nothingKept) {
    List<ScheduleChange> changes = ScheduleDiff.between(before, after);
    if (changes.isEmpty()) {
      if (nothingKept) {
        announced.keep(Announced.quietly(after));
      }
    } else if (before.isEmpty() || after.isEmpty()) {
      log.warn(
          "Schedule {}: {} sessions before, {} now; not announced",
          before.isEmpty() ? "appeared" : "gone",
          before.sessions().size(),
          after.sessions().size());
      announced.keep(Announced.quietly(after));
    } else {
      ScheduleChanges reply = new ScheduleChanges(changes, after.zone());
      Instant seen = clock.instant();
      String subject = subject(reply, seen);
      log.info("Schedule changed: {} ({})", reply.heading(), subject);
      // Kept before it is handed out: a crash from here on hands out the same batch again.
      announced.keep(new Announced(after, Optional.of(new Batch(subject, before, seen))));
      if (!channels.isEmpty()) {
        scheduler.announce(subject, reply, channels, USEFUL);
      }
    }
  }

  private void handOutAgain(Batch batch, Schedule after) {
    Duration left = Duration.between(clock.instant(), batch.seen().plus(USEFUL));
    if (channels.isEmpty() || left.isNegative() || left.isZero()) {
      return;
    }
    List<ScheduleChange> changes = ScheduleDiff.between(batch.before(), after);
    if (!changes.isEmpty()) {
      scheduler.announce(
          batch.subject(), new ScheduleChanges(changes, after.zone()), channels, left);
    }
  }

  /**
   * The batch's key: when it was seen and a digest of what it says. The time keeps a change made,
   * undone and made again an announcement each time.
   */
  static String subject(ScheduleChanges reply, Instant seen) {
    MessageDigest digest = sha256();
    reply
        .lines()
        .forEach(line -> digest.update((line.text() + "\n").getBytes(StandardCharsets.UTF_8)));
    String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    return "changes@" + seen.truncatedTo(ChronoUnit.SECONDS) + "#" + hash;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
