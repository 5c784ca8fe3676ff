package dev.usher.core.agenda;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the bot needs for personal agendas: where they are kept, how a calendar file is written, how
 * long before a starred session its direct message is sent, and who is told of a change (the
 * reminder scheduler, so that a new star's message is planned at once). Thread-safe.
 *
 * @param remindBefore empty when no direct messages are sent (no {@code agenda} section, or the
 *     console)
 */
public final class Agendas {
  private final AgendaStore store;
  private final CalendarWriter calendar;
  private final Optional<Duration> remindBefore;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  public Agendas(AgendaStore store, CalendarWriter calendar, Optional<Duration> remindBefore) {
    this.store = Objects.requireNonNull(store, "store");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.remindBefore = Objects.requireNonNull(remindBefore, "remindBefore");
    remindBefore.ifPresent(
        lead -> {
          if (lead.isNegative() || lead.isZero()) {
            throw new IllegalArgumentException("remindBefore must be positive: " + lead);
          }
        });
  }

  public AgendaStore store() {
    return store;
  }

  public CalendarWriter calendar() {
    return calendar;
  }

  public Optional<Duration> remindBefore() {
    return remindBefore;
  }

  /** Calls {@code listener} after every change to an agenda (on the thread that made it). */
  public void onChange(Runnable listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  void changed() {
    listeners.forEach(Runnable::run);
  }
}
