package dev.usher.core.schedule;

import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A schedule's sessions by room, track and speaker, each list in schedule order, and the whole
 * schedule in {@link TimeOrder}: built once per schedule so that a command or question reads the
 * sessions it names, not every session. Immutable.
 */
final class SessionIndex {
  private static final TimeOrder NONE = TimeOrder.of(List.of());

  private final TimeOrder all;

  /** Keyed by room, sessions without one under "": "next" looks at every room, and at no room. */
  private final Map<String, TimeOrder> byRoom;

  private final Map<String, List<Session>> byTrack;
  private final Map<String, List<Session>> bySpeaker;

  /** Each session's position in the schedule, to merge and intersect lists in schedule order. */
  private final Map<Session, Integer> positions;

  SessionIndex(Schedule schedule) {
    List<Session> sessions = schedule.sessions();
    this.all = TimeOrder.of(sessions);
    Map<String, TimeOrder> rooms = new HashMap<>();
    group(sessions, s -> List.of(s.room().orElse("")))
        .forEach((room, list) -> rooms.put(room, TimeOrder.of(list)));
    this.byRoom = Map.copyOf(rooms);
    this.byTrack = group(sessions, s -> s.track().stream().toList());
    this.bySpeaker = group(sessions, Session::speakers);
    // Identity: sessions are records, and equal copies (a duplicate entry) are two entries here.
    this.positions = new IdentityHashMap<>();
    for (int i = 0; i < sessions.size(); i++) {
      positions.put(sessions.get(i), i);
    }
  }

  /** The position of {@code session}, one of this schedule's, in schedule order. */
  int position(Session session) {
    Integer position = positions.get(session);
    if (position == null) {
      throw new IllegalArgumentException("not a session of this schedule: " + session.id());
    }
    return position;
  }

  /** Every session, in schedule order. */
  TimeOrder all() {
    return all;
  }

  /** The sessions in any of {@code rooms}, in schedule order. */
  List<Session> inRooms(Collection<String> rooms) {
    List<List<Session>> lists = new ArrayList<>();
    rooms.forEach(room -> lists.add(room(room).sessions()));
    return union(lists);
  }

  /** The sessions in {@code room} ("": those without a room), in schedule order. */
  TimeOrder room(String room) {
    return byRoom.getOrDefault(room, NONE);
  }

  /** Every room of the schedule, and "" when some session has none. */
  Set<String> roomKeys() {
    return byRoom.keySet();
  }

  /** The sessions in any of {@code tracks}, in schedule order. */
  List<Session> inTracks(Collection<String> tracks) {
    return union(byTrack, tracks);
  }

  /** The sessions given by any of {@code speakers}, in schedule order. */
  List<Session> ofSpeakers(Collection<String> speakers) {
    return union(bySpeaker, speakers);
  }

  /**
   * The sessions in one of {@code rooms}, of one of {@code tracks} and by one of {@code speakers},
   * an empty collection meaning any; empty when all three are (use {@link #all()}).
   */
  Optional<List<Session>> named(
      Collection<String> rooms, Collection<String> tracks, Collection<String> speakers) {
    List<List<Session>> lists = new ArrayList<>();
    if (!rooms.isEmpty()) {
      lists.add(inRooms(rooms));
    }
    if (!tracks.isEmpty()) {
      lists.add(inTracks(tracks));
    }
    if (!speakers.isEmpty()) {
      lists.add(ofSpeakers(speakers));
    }
    if (lists.isEmpty()) {
      return Optional.empty();
    }
    // The shortest list, each of its sessions checked against the other names: what the question
    // names, not what the schedule holds, is read.
    List<Session> shortest = lists.stream().min(Comparator.comparingInt(List::size)).orElseThrow();
    return Optional.of(
        shortest.stream()
            .filter(s -> rooms.isEmpty() || s.room().map(rooms::contains).orElse(false))
            .filter(s -> tracks.isEmpty() || s.track().map(tracks::contains).orElse(false))
            .filter(s -> speakers.isEmpty() || s.speakers().stream().anyMatch(speakers::contains))
            .toList());
  }

  private List<Session> union(Map<String, List<Session>> index, Collection<String> keys) {
    List<List<Session>> lists = new ArrayList<>();
    keys.forEach(key -> lists.add(index.getOrDefault(key, List.of())));
    return union(lists);
  }

  /** The sessions of every list, once each, in schedule order. */
  private List<Session> union(List<List<Session>> lists) {
    if (lists.size() == 1) {
      return lists.get(0);
    }
    List<Session> merged = new ArrayList<>();
    Set<Session> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (List<Session> list : lists) {
      for (Session session : list) {
        if (seen.add(session)) {
          merged.add(session);
        }
      }
    }
    merged.sort(Comparator.comparingInt(positions::get));
    return merged;
  }

  private static Map<String, List<Session>> group(
      List<Session> sessions, Function<Session, List<String>> keys) {
    Map<String, List<Session>> groups = new HashMap<>();
    for (Session session : sessions) {
      for (String key : keys.apply(session).stream().distinct().toList()) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(session);
      }
    }
    groups.replaceAll((key, list) -> List.copyOf(list));
    return Map.copyOf(groups);
  }
}
