package dev.usher.core.announce;

import dev.usher.core.reminder.Channels;
import dev.usher.core.reminder.ReminderScheduler;
import dev.usher.core.reply.ScheduleChanges;
import dev.usher.core.schedule.Schedule;
import dev.usher.core.schedule.ScheduleChange;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On each new version of the schedule: announces what changed, one post per batch of changes to
 * each configured channel (once: the ledger keys it), and has the reminders planned again at once,
 * so a moved session is reminded at its new time. Thread-safe.
 */
public final class ScheduleAnnouncer {
  /** How long after a change its announcement is still worth posting, retries included. */
  public static final Duration USEFUL = Duration.ofHours(6);

  private static final Logger log = LoggerFactory.getLogger(ScheduleAnnouncer.class);

  private final Channels channels;
  private final ReminderScheduler scheduler;
  private final Clock clock;

  /**
   * @param channels where announcements go; none means reminders are only planned again
   */
  public ScheduleAnnouncer(Channels channels, ReminderScheduler scheduler, Clock clock) {
    this.channels = Objects.requireNonNull(channels, "channels");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Compares the two versions, announces the changes if any, and plans the reminders again. A first
   * schedule (none before: its URL was never fetched until now) or a schedule gone (every file
   * unreadable) is no change to announce session by session.
   */
  public void changed(Schedule before, Schedule after) {
    List<ScheduleChange> changes = ScheduleDiff.between(before, after);
    if (!changes.isEmpty() && (before.isEmpty() || after.isEmpty())) {
      log.warn(
          "Schedule {}: {} sessions before, {} now; not announced",
          before.isEmpty() ? "appeared" : "gone",
          before.sessions().size(),
          after.sessions().size());
    } else if (!changes.isEmpty()) {
      ScheduleChanges reply = new ScheduleChanges(changes, after.zone());
      String subject = subject(reply, clock.instant());
      log.info("Schedule changed: {} ({})", reply.heading(), subject);
      if (!channels.isEmpty()) {
        scheduler.announce(subject, reply, channels, USEFUL);
      }
    }
    scheduler.reschedule();
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
