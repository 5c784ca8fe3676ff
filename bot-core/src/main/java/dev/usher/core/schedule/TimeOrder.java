package dev.usher.core.schedule;

import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Sessions in start order (the schedule's order, or a part of it), searched by time in logarithmic
 * steps: what starts after a moment, what starts in a span, what runs at a moment. Built once per
 * schedule (or once per named subset) instead of filtering every session per request. Immutable; a
 * part shares its whole's arrays.
 */
final class TimeOrder {
  private final List<Session> sessions;
  private final Instant[] starts;

  /**
   * For each position, the latest end of the sessions up to it: what runs at t lies after the last
   * end ≤ t.
   */
  private final Instant[] latestEndSoFar;

  private final int from;
  private final int to;

  private TimeOrder(
      List<Session> sessions, Instant[] starts, Instant[] latestEndSoFar, int from, int to) {
    this.sessions = sessions;
    this.starts = starts;
    this.latestEndSoFar = latestEndSoFar;
    this.from = from;
    this.to = to;
  }

  /**
   * @param inStartOrder sessions sorted by start instant, as {@link Schedule#sessions()} are
   */
  static TimeOrder of(List<Session> inStartOrder) {
    List<Session> sessions = List.copyOf(inStartOrder);
    Instant[] starts = new Instant[sessions.size()];
    Instant[] latestEnds = new Instant[sessions.size()];
    Instant latest = Instant.MIN;
    for (int i = 0; i < sessions.size(); i++) {
      Session session = sessions.get(i);
      starts[i] = session.start().toInstant();
      if (i > 0 && starts[i].isBefore(starts[i - 1])) {
        throw new IllegalArgumentException("sessions not in start order at " + session.id());
      }
      Instant end = session.end().toInstant();
      latest = end.isAfter(latest) ? end : latest;
      latestEnds[i] = latest;
    }
    return new TimeOrder(sessions, starts, latestEnds, 0, sessions.size());
  }

  /** The sessions, in start order. */
  List<Session> sessions() {
    return sessions.subList(from, to);
  }

  boolean isEmpty() {
    return from == to;
  }

  /** The sessions starting after {@code moment}, in start order. */
  List<Session> startingAfter(ZonedDateTime moment) {
    return sessions.subList(firstStartAfter(moment.toInstant()), to);
  }

  /** The sessions starting after {@code after} and before {@code before}, in start order. */
  List<Session> startingBetween(ZonedDateTime after, ZonedDateTime before) {
    int first = firstStartAfter(after.toInstant());
    int end = Math.max(first, first(i -> !starts[i].isBefore(before.toInstant())));
    return sessions.subList(first, end);
  }

  /**
   * The sessions running at {@code moment} ({@link Session#runsAt}), in start order. Reads only the
   * sessions from the first whose span could still reach the moment up to the moment itself.
   */
  List<Session> runningAt(ZonedDateTime moment) {
    Instant instant = moment.toInstant();
    int first = first(i -> latestEndSoFar[i].isAfter(instant));
    int end = firstStartAfter(instant);
    List<Session> running = new ArrayList<>();
    for (int i = first; i < end; i++) {
      if (sessions.get(i).runsAt(moment)) {
        running.add(sessions.get(i));
      }
    }
    return running;
  }

  /** Whether any session ends after {@code moment}. */
  boolean anyEndsAfter(ZonedDateTime moment) {
    return to > from && latestEndSoFar[to - 1].isAfter(moment.toInstant());
  }

  /**
   * The part of these sessions whose start satisfies {@code startsFromHere}, a test that is false
   * for the earlier starts and true from some start on (such as "on this programme day or later"),
   * up to where {@code startsBeyond}, monotone the same way, turns true.
   */
  TimeOrder between(
      Predicate<ZonedDateTime> startsFromHere, Predicate<ZonedDateTime> startsBeyond) {
    int first = first(i -> startsFromHere.test(sessions.get(i).start()));
    int end = Math.max(first, first(i -> startsBeyond.test(sessions.get(i).start())));
    return new TimeOrder(sessions, starts, latestEndSoFar, first, end);
  }

  /**
   * The run of {@code inStartOrder} from the first session whose start satisfies {@code
   * startsFromHere} to the first whose start satisfies {@code startsBeyond} (both monotone, as in
   * {@link #between}), found by binary search.
   */
  static List<Session> slice(
      List<Session> inStartOrder,
      Predicate<ZonedDateTime> startsFromHere,
      Predicate<ZonedDateTime> startsBeyond) {
    int first =
        first(0, inStartOrder.size(), i -> startsFromHere.test(inStartOrder.get(i).start()));
    int end =
        Math.max(
            first,
            first(0, inStartOrder.size(), i -> startsBeyond.test(inStartOrder.get(i).start())));
    return inStartOrder.subList(first, end);
  }

  private int firstStartAfter(Instant instant) {
    return first(i -> starts[i].isAfter(instant));
  }

  /**
   * The first position in [from, to) where {@code test}, false before and true after it, holds;
   * {@code to} if none.
   */
  private int first(IntPredicate test) {
    return first(from, to, test);
  }

  private static int first(int from, int to, IntPredicate test) {
    int low = from;
    int high = to;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (test.test(middle)) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }
}
