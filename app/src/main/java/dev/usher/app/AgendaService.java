package dev.usher.app;

import dev.usher.app.config.AgendaSettings;
import dev.usher.app.config.UsherSettings;
import dev.usher.core.agenda.AgendaMessages;
import dev.usher.core.agenda.AgendaStore;
import dev.usher.core.agenda.Agendas;
import dev.usher.core.reminder.PostSource;
import dev.usher.core.schedule.Schedule;
import dev.usher.core.schedule.Session;
import dev.usher.knowledge.calendar.IcalAgendaWriter;
import dev.usher.ledger.SqliteAgendaStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The personal agendas of {@code usher serve}: kept in {@code .usher/agenda.db} of the state
 * folder, deleted all at once on the first start {@code keep_days} after the conference's last
 * day, and their direct messages planned with the reminders.
 */
public final class AgendaService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AgendaService.class);

  private final SqliteAgendaStore store;
  private final Agendas agendas;
  private final ZoneId zone;

  private AgendaService(SqliteAgendaStore store, Agendas agendas, ZoneId zone) {
    this.store = store;
    this.agendas = agendas;
    this.zone = zone;
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
  public static AgendaService open(ConferenceRuntime runtime, AgendaSettings settings, Clock clock) {
    SqliteAgendaStore store = SqliteAgendaStore.open(agendaFile(runtime.settings()));
    ZoneId zone = runtime.conference().zone();
    purgeWhenOver(store, runtime.knowledge().schedule(), zone, settings.keepDays(), clock);
    Agendas agendas = new Agendas(store, new IcalAgendaWriter(clock), settings.remindBefore());
    return new AgendaService(store, agendas, zone);
  }

  /** Deletes every agenda once the day {@code keepDays} after the schedule's last day has begun. */
  static void purgeWhenOver(AgendaStore store, Schedule schedule, ZoneId zone, int keepDays, Clock clock) {
    Optional<LocalDate> lastDay = schedule.sessions().stream()
        .map(Session::end).map(end -> end.withZoneSameInstant(zone).toLocalDate())
        .max(LocalDate::compareTo);
    if (lastDay.isEmpty()) {
      return; // no schedule (yet): nothing says the conference is over
    }
    LocalDate purgeFrom = lastDay.get().plusDays(keepDays + 1L);
    if (!LocalDate.now(clock.withZone(zone)).isBefore(purgeFrom)) {
      int purged = store.purge();
      if (purged > 0) {
        log.info("Deleted {} personal agendas: the conference ended on {}, kept {} days", purged,
            lastDay.get(), keepDays);
      }
    }
  }

  public Agendas agendas() {
    return agendas;
  }

  /** The direct messages before starred sessions, for the reminder scheduler; none when off. */
  public List<PostSource> messages() {
    return agendas.remindBefore().<PostSource>map(lead -> new AgendaMessages(store, lead, zone)).stream().toList();
  }

  @Override
  public void close() {
    store.close();
  }
}
