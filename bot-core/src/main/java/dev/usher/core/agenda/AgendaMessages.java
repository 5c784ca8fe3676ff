package dev.usher.core.agenda;

import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import dev.usher.core.reminder.PlannedPost;
import dev.usher.core.reminder.PostSource;
import dev.usher.core.reminder.ReminderKey;
import dev.usher.core.reply.SessionCards;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The direct message {@code lead} before each starred session, planned with the channels'
 * reminders. Only sessions in the schedule as it is now are planned (a cancelled one never is), at
 * their current start (a moved session's key names its new start, so its message moves with it),
 * and never for an agenda whose messages are off. A message is useful until its session starts.
 */
public final class AgendaMessages implements PostSource {
  private final AgendaStore store;
  private final Duration lead;
  private final ZoneId zone;

  public AgendaMessages(AgendaStore store, Duration lead, ZoneId zone) {
    this.store = Objects.requireNonNull(store, "store");
    this.lead = Objects.requireNonNull(lead, "lead");
    this.zone = Objects.requireNonNull(zone, "zone");
    if (lead.isNegative() || lead.isZero()) {
      throw new IllegalArgumentException("lead must be positive: " + lead);
    }
  }

  @Override
  public List<PlannedPost> plan(Schedule schedule, Instant from, Instant to) {
    Map<String, Session> byId =
        schedule.sessions().stream()
            .collect(Collectors.toMap(Session::id, Function.identity(), (a, b) -> a));
    List<PlannedPost> posts = new ArrayList<>();
    for (Agenda agenda : store.all()) {
      if (!agenda.remindersOn()) {
        continue;
      }
      for (Star star : agenda.stars()) {
        Session session = byId.get(star.sessionId());
        if (session == null) {
          continue;
        }
        Instant start = session.start().toInstant();
        Instant at = start.minus(lead);
        if (at.isBefore(from) || !at.isBefore(to)) {
          continue;
        }
        ReminderKey key =
            new ReminderKey(
                ReminderKey.Kind.AGENDA,
                agenda.token() + "/" + session.id() + "/" + start,
                agenda.owner().platform(),
                agenda.owner().userId());
        SessionCards card =
            new SessionCards(
                "Starting in " + lead.toMinutes() + " minutes, from your agenda",
                List.of(session),
                1,
                Optional.of(
                    "/unstar " + session.title() + " to stop these for it; /agenda off for all"),
                zone,
                List.of());
        posts.add(new PlannedPost(key, at, start, card));
      }
    }
    return posts;
  }

  @Override
  public Duration longestCatchUp() {
    return lead;
  }

  @Override
  public String toString() {
    return "the agendas' direct messages";
  }
}
