package dev.usher.app.replica;

import dev.usher.app.ReminderService;
import dev.usher.core.announce.AnnouncedSchedule;
import dev.usher.core.platform.ChatPlatform;
import dev.usher.core.reminder.ReminderLedger;
import dev.usher.ledger.postgres.PostgresAnnouncedSchedule;
import dev.usher.ledger.postgres.PostgresLocation;
import dev.usher.ledger.postgres.PostgresReminderLedger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One leadership term of a replica: new platforms connected (a standby holds no gateway and no
 * socket, so it neither answers nor posts), and the reminders posting through them into the shared
 * ledger and keeping the schedule they announced in the shared record of this conference, both
 * fenced by the term's token, so the next leader resumes where this one stopped. Ending the term
 * stops the reminders first, then disconnects. Called by {@link Leadership} from one thread.
 */
public final class LeaderTerm implements Leadership.Term {
  /** Starts a term's reminders (and its announcer) over its fenced shared state. */
  @FunctionalInterface
  public interface Reminders {
    ReminderService start(
        ReminderLedger ledger, AnnouncedSchedule announced, List<ChatPlatform> running);
  }

  private final PostgresLocation state;
  private final String conference;
  private final Supplier<List<ChatPlatform>> platforms;
  private final Optional<Reminders> reminders;
  private final Consumer<String> status;

  private final List<ChatPlatform> running = new ArrayList<>();
  private @Nullable PostgresReminderLedger ledger;
  private @Nullable PostgresAnnouncedSchedule announced;
  private @Nullable ReminderService reminderService;

  /**
   * @param conference the key of this conference's announced schedule (its name)
   * @param platforms new, unstarted platforms for each term (the providers' {@code create})
   * @param reminders starts the reminders over a ledger and the running platforms; empty when none
   *     are configured
   * @param status told when each platform connects
   */
  public LeaderTerm(
      PostgresLocation state,
      String conference,
      Supplier<List<ChatPlatform>> platforms,
      Optional<Reminders> reminders,
      Consumer<String> status) {
    this.state = Objects.requireNonNull(state, "state");
    this.conference = Objects.requireNonNull(conference, "conference");
    this.platforms = Objects.requireNonNull(platforms, "platforms");
    this.reminders = Objects.requireNonNull(reminders, "reminders");
    this.status = Objects.requireNonNull(status, "status");
  }

  @Override
  public void begin(long token, BooleanSupplier mayPost) throws PlatformStartException {
    for (ChatPlatform platform : platforms.get()) {
      ChatPlatform gated = new LeaderOnlyPlatform(platform, mayPost);
      running.add(gated);
      try {
        gated.start();
      } catch (Exception e) {
        throw new PlatformStartException(platform.name(), e);
      }
      status.accept(platform.name() + ": connected");
    }
    if (reminders.isPresent()) {
      ledger = PostgresReminderLedger.fenced(state, token);
      announced = PostgresAnnouncedSchedule.fenced(state, conference, token);
      reminderService = reminders.get().start(ledger, announced, List.copyOf(running));
    }
  }

  @Override
  public void end() {
    if (reminderService != null) {
      reminderService.close();
      reminderService = null;
    }
    if (announced != null) {
      announced.close();
      announced = null;
    }
    if (ledger != null) {
      ledger.close();
      ledger = null;
    }
    running.forEach(ChatPlatform::close);
    running.clear();
  }
}
