package dev.usher.core.agenda;

import java.util.List;
import java.util.Optional;

/**
 * The durable store of personal agendas, keyed by {@link AgendaOwner}. It is the only store that
 * holds platform user ids. Implementations are thread-safe and make each change durable before
 * returning; an owner's agenda (with a fresh random {@link Agenda#token()}) is created by the first
 * change that needs one.
 *
 * @throws AgendaStoreException from any method when the store cannot be read or written
 */
public interface AgendaStore {

  /** The agenda of {@code owner}; empty when nothing is held for them. */
  Optional<Agenda> find(AgendaOwner owner);

  /** Adds {@code star}; false (and nothing changes) when that session was already starred. */
  boolean star(AgendaOwner owner, Star star);

  /** Removes the star of {@code sessionId}; false when it was not starred. */
  boolean unstar(AgendaOwner owner, String sessionId);

  /** Turns the direct messages before starred sessions on or off for {@code owner}. */
  void remindersOn(AgendaOwner owner, boolean on);

  /** Deletes everything held for {@code owner}; false when nothing was held. */
  boolean forget(AgendaOwner owner);

  /** Every agenda with at least one star, for planning the direct messages. */
  List<Agenda> all();

  /** Deletes every agenda (the retention period is over); returns how many there were. */
  int purge();
}
