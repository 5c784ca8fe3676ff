package dev.usher.core.conference;

import java.util.Objects;

/**
 * One session's change between two versions of a schedule, sessions matched by their stable id. A
 * closed set: renderers switch over it exhaustively.
 */
public sealed interface ScheduleChange {

  /** The session's title as attendees know it now (its old title when it was cancelled). */
  String title();

  /** A session only the new version has. */
  record Added(Session now) implements ScheduleChange {
    public Added {
      Objects.requireNonNull(now, "now");
    }

    @Override
    public String title() {
      return now.title();
    }
  }

  /** A session only the old version had. */
  record Cancelled(Session was) implements ScheduleChange {
    public Cancelled {
      Objects.requireNonNull(was, "was");
    }

    @Override
    public String title() {
      return was.title();
    }
  }

  /**
   * A session both versions have, moved in time or room or renamed (at least one of them): other
   * edits (an abstract, a speaker) are not announced.
   */
  record Changed(Session was, Session now) implements ScheduleChange {
    public Changed {
      Objects.requireNonNull(was, "was");
      Objects.requireNonNull(now, "now");
      if (!was.id().equals(now.id())) {
        throw new IllegalArgumentException("was " + was.id() + " and now " + now.id() + " differ");
      }
    }

    @Override
    public String title() {
      return now.title();
    }

    /** True when it starts or ends at another instant. */
    public boolean movedInTime() {
      return !was.start().toInstant().equals(now.start().toInstant())
          || !was.end().toInstant().equals(now.end().toInstant());
    }

    /** True when it is in another room (or gained or lost its room). */
    public boolean movedRoom() {
      return !was.room().equals(now.room());
    }

    public boolean renamed() {
      return !was.title().equals(now.title());
    }
  }
}
