package dev.usher.core.agenda;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

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
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

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

  /**
   * The titles of {@code owner}'s starred sessions (as they were starred, which is how {@code
   * /unstar} finds a cancelled one too) that begin with {@code prefix}, or have a word that does,
   * ignoring case; in the order starred, at most {@code max}. Nobody else's stars are read.
   */
  public List<String> starredTitles(AgendaOwner owner, String prefix, int max) {
    Objects.requireNonNull(owner, "owner");
    String wanted = prefix.strip().toLowerCase(Locale.ROOT);
    return store.find(owner).map(Agenda::stars).orElse(List.of()).stream()
        .map(Star::title)
        .filter(title -> completes(title.toLowerCase(Locale.ROOT), wanted))
        .distinct()
        .limit(Math.max(0, max))
        .toList();
  }

  private static boolean completes(String title, String prefix) {
    return title.startsWith(prefix)
        || Arrays.stream(NOT_A_WORD.split(title)).anyMatch(word -> word.startsWith(prefix));
  }

  /** Calls {@code listener} after every change to an agenda (on the thread that made it). */
  public void onChange(Runnable listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  void changed() {
    listeners.forEach(Runnable::run);
  }
}
