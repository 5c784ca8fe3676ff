package dev.usher.core.announce;

import dev.usher.core.conference.Schedule;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the announcer keeps, durably, the schedule its last announcement was made from, so that a
 * crash between a new version being kept and its announcement being posted loses nothing: on
 * start-up a schedule newer than the one announced is compared and announced, and a batch handed
 * out but perhaps never posted is handed out again under the same key (the ledger then posts it
 * once). Implementations make {@link #keep} durable before returning; one writer at a time.
 */
public interface AnnouncedSchedule {
  /** Keeps nothing: announcements are only as durable as the process (replicas, tests). */
  AnnouncedSchedule NONE =
      new AnnouncedSchedule() {
        @Override
        public Optional<Announced> last() {
          return Optional.empty();
        }

        @Override
        public void keep(Announced announced) {}
      };

  /** What was kept last; empty before the first schedule, or when nothing is kept. */
  Optional<Announced> last();

  /** Replaces what is kept. */
  void keep(Announced announced);

  /**
   * The schedule announced last, and the batch that announced it.
   *
   * @param schedule the version whose changes were handed out last (or the first version seen)
   * @param batch the announcement that led to it; empty for a first version, or one not announced
   */
  record Announced(Schedule schedule, Optional<Batch> batch) {
    public Announced {
      Objects.requireNonNull(schedule, "schedule");
      Objects.requireNonNull(batch, "batch");
    }

    /** A version with no announcement to make again. */
    public static Announced quietly(Schedule schedule) {
      return new Announced(schedule, Optional.empty());
    }
  }

  /**
   * One announcement handed out: the ledger's subject, the version it compared the schedule with,
   * and when it was seen (it is worth posting for {@link ScheduleAnnouncer#USEFUL} after that).
   */
  record Batch(String subject, Schedule before, Instant seen) {
    public Batch {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(seen, "seen");
    }
  }
}
