package dev.usher.app;

import dev.usher.app.config.AgendaSettings;
import dev.usher.app.config.UsherSettings;
import dev.usher.core.agenda.AgendaMessages;
import dev.usher.core.agenda.AgendaStore;
import dev.usher.core.agenda.Agendas;
import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import dev.usher.core.reminder.PostSource;
import dev.usher.knowledge.calendar.IcalAgendaWriter;
import dev.usher.ledger.SqliteAgendaStore;
import dev.usher.ledger.postgres.PostgresAgendaStore;
import dev.usher.ledger.postgres.PostgresLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The personal agendas of {@code usher serve}: kept in {@code .usher/agenda.db} of the state
 * folder, deleted all at once on the first start {@code keep_days} after the conference's last day,
 * and their direct messages planned with the reminders.
 */
public final class AgendaService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AgendaService.class);

  private final AgendaStore store;
  private final AutoCloseable closer;
  private final Agendas agendas;
  private final ZoneId zone;

  /** The reminders of the current run (a replica's current term); a change re-plans them. */
  private final AtomicReference<ReminderService> reminders = new AtomicReference<>();

  private AgendaService(AgendaStore store, AutoCloseable closer, Agendas agendas, ZoneId zone) {
    this.store = store;
    this.closer = closer;
    this.agendas = agendas;
    this.zone = zone;
    agendas.onChange(this::replan);
  }

  /** The agenda store's file for a conference folder. */
  public static Path agendaFile(UsherSettings settings) {
    return settings.stateDirectory().resolve("agenda.db");
  }

  /**
   * Opens the store, checked before any platform connects, and purges it when the conference is
   * over by more than {@code keep_days}.
   *
   * @throws dev.usher.core.agenda.AgendaStoreException naming the file and what is wrong
   */
  public static AgendaService open(
      ConferenceRuntime runtime, AgendaSettings settings, Clock clock) {
    SqliteAgendaStore store = SqliteAgendaStore.open(agendaFile(runtime.settings()));
    return over(store, store, runtime, settings, clock);
  }

  /**
   * The replicas' agendas, in their shared PostgreSQL database, so whichever replica leads knows
   * every star.
   *
   * @throws dev.usher.core.agenda.AgendaStoreException naming the database, never its password
   */
  public static AgendaService shared(
      ConferenceRuntime runtime, AgendaSettings settings, Clock clock, PostgresLocation location) {
    PostgresAgendaStore store = PostgresAgendaStore.open(location);
    return over(store, store, runtime, settings, clock);
  }

  private static AgendaService over(
      AgendaStore store,
      AutoCloseable closer,
      ConferenceRuntime runtime,
      AgendaSettings settings,
      Clock clock) {
    ZoneId zone = runtime.conference().zone();
    try {
      purgeWhenOver(store, runtime.knowledge().schedule(), zone, settings.keepDays(), clock);
    } catch (RuntimeException e) {
      closeQuietly(closer);
      throw e;
    }
    Agendas agendas = new Agendas(store, new IcalAgendaWriter(clock), settings.remindBefore());
    return new AgendaService(store, closer, agendas, zone);
  }

  /** The agenda messages of {@code service}'s scheduler are re-planned after each change. */
  public void plannedBy(ReminderService service) {
    reminders.set(service);
  }

  private void replan() {
    ReminderService current = reminders.get();
    if (current == null) {
      return;
    }
    try {
      current.reschedule();
    } catch (RejectedExecutionException e) {
      // That run (a replica's term) has ended; the next one plans from the store when it starts.
      log.debug("Agenda change not re-planned: the reminders have stopped");
    }
  }

  /** Deletes every agenda once the day {@code keepDays} after the schedule's last day has begun. */
  static void purgeWhenOver(
      AgendaStore store, Schedule schedule, ZoneId zone, int keepDays, Clock clock) {
    Optional<LocalDate> lastDay =
        schedule.sessions().stream()
            .map(Session::end)
            .map(end -> end.withZoneSameInstant(zone).toLocalDate())
            .max(LocalDate::compareTo);
    if (lastDay.isEmpty()) {
      return; // no schedule (yet): nothing says the conference is over
    }
    LocalDate purgeFrom = lastDay.get().plusDays(keepDays + 1L);
    if (!LocalDate.now(clock.withZone(zone)).isBefore(purgeFrom)) {
      int purged = store.purge();
      if (purged > 0) {
        log.info(
            "Deleted {} personal agendas: the conference ended on {}, kept {} days",
            purged,
            lastDay.get(),
            keepDays);
      }
    }
  }

  public Agendas agendas() {
    return agendas;
  }

  /** The direct messages before starred sessions, for the reminder scheduler; none when off. */
  public List<PostSource> messages() {
    return agendas
        .remindBefore()
        .<PostSource>map(lead -> new AgendaMessages(store, lead, zone))
        .stream()
        .toList();
  }

  @Override
  public void close() {
    closeQuietly(closer);
  }

  private static void closeQuietly(AutoCloseable closer) {
    try {
      closer.close();
    } catch (Exception e) {
      log.warn("The agenda store did not close cleanly: {}", e.getMessage());
    }
  }
}
