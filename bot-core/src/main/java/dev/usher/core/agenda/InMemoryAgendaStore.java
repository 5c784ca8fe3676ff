package dev.usher.core.agenda;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Agendas in memory, lost on exit: for the console and tests. Thread-safe (every method holds the
 * store's lock).
 */
public final class InMemoryAgendaStore implements AgendaStore {
  private final Map<AgendaOwner, Agenda> agendas = new LinkedHashMap<>();

  @Override
  public synchronized Optional<Agenda> find(AgendaOwner owner) {
    return Optional.ofNullable(agendas.get(owner));
  }

  @Override
  public synchronized boolean star(AgendaOwner owner, Star star) {
    Agenda agenda = agendaOf(owner);
    if (agenda.starred(star.sessionId())) {
      return false;
    }
    List<Star> stars = new ArrayList<>(agenda.stars());
    stars.add(star);
    agendas.put(owner, new Agenda(owner, agenda.token(), stars, agenda.remindersOn()));
    return true;
  }

  @Override
  public synchronized boolean unstar(AgendaOwner owner, String sessionId) {
    Agenda agenda = agendas.get(owner);
    if (agenda == null || !agenda.starred(sessionId)) {
      return false;
    }
    List<Star> stars =
        agenda.stars().stream().filter(s -> !s.sessionId().equals(sessionId)).toList();
    agendas.put(owner, new Agenda(owner, agenda.token(), stars, agenda.remindersOn()));
    return true;
  }

  @Override
  public synchronized void remindersOn(AgendaOwner owner, boolean on) {
    Agenda agenda = agendaOf(owner);
    agendas.put(owner, new Agenda(owner, agenda.token(), agenda.stars(), on));
  }

  @Override
  public synchronized boolean forget(AgendaOwner owner) {
    return agendas.remove(owner) != null;
  }

  @Override
  public synchronized List<Agenda> all() {
    return agendas.values().stream().filter(a -> !a.stars().isEmpty()).toList();
  }

  @Override
  public synchronized int purge() {
    int count = agendas.size();
    agendas.clear();
    return count;
  }

  private Agenda agendaOf(AgendaOwner owner) {
    return agendas.computeIfAbsent(
        owner, o -> new Agenda(o, UUID.randomUUID().toString(), List.of(), true));
  }
}
