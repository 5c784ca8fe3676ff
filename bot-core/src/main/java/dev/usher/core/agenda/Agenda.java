package dev.usher.core.agenda;

import java.util.List;
import java.util.Objects;

/**
 * What is kept for one person.
 *
 * @param token a random name for this agenda, used in the reminder ledger's keys instead of the
 *     user id: once the agenda is forgotten, the ledger's rows point at no one
 * @param stars in the order they were starred
 * @param remindersOn false after {@code /agenda off}: no direct messages before sessions
 */
public record Agenda(AgendaOwner owner, String token, List<Star> stars, boolean remindersOn) {
  public Agenda {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(token, "token");
    stars = List.copyOf(stars);
  }

  public boolean starred(String sessionId) {
    return stars.stream().anyMatch(s -> s.sessionId().equals(sessionId));
  }
}
