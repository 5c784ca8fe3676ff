package dev.usher.core.announce;

import dev.usher.core.command.CompletionKind;
import dev.usher.core.conference.Schedule;
import dev.usher.core.knowledge.IngestReport;
import dev.usher.core.knowledge.Knowledge;
import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.PassageQuery;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * Knowledge that tells its listeners the schedule before and after each {@link #reload()}, whoever
 * asked for it ({@code /reload}, a fetched schedule): reminders are planned again and changes
 * announced on every path; and that fetches the schedules published at a URL before a reload, so
 * {@code /reload} reads what the schedule tool publishes now. Thread-safe; fetches and reloads are
 * one at a time.
 */
public final class ScheduleWatch implements Knowledge {
  private final Knowledge knowledge;
  private final List<BiConsumer<Schedule, Schedule>> listeners = new CopyOnWriteArrayList<>();
  private volatile Runnable fetch = () -> {};

  public ScheduleWatch(Knowledge knowledge) {
    this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
  }

  /**
   * Calls {@code listener} with the schedule before and after every later reload, on the reloading
   * thread, also when nothing changed.
   */
  public void onReload(BiConsumer<Schedule, Schedule> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Has every later {@link #reload()} first run {@code fetch} (the schedules published at a URL,
   * fetched conditionally), in the reload's turn: a fetch and a reload never overlap.
   */
  public void fetchBeforeReload(Runnable fetch) {
    this.fetch = Objects.requireNonNull(fetch, "fetch");
  }

  /** Fetches what is published elsewhere (see {@link #fetchBeforeReload}), then reloads. */
  @Override
  public synchronized IngestReport reload() {
    fetch.run();
    return reloadRead();
  }

  /**
   * For a poller that fetched on its own: runs {@code fetched}, and reloads (without fetching
   * again) when it says a new version was kept; one at a time with {@link #reload()}.
   *
   * @return the reload's report, empty when nothing new was fetched
   */
  public synchronized Optional<IngestReport> reloadIf(BooleanSupplier fetched) {
    return fetched.getAsBoolean() ? Optional.of(reloadRead()) : Optional.empty();
  }

  private IngestReport reloadRead() {
    Schedule before = knowledge.schedule();
    IngestReport report = knowledge.reload();
    Schedule after = knowledge.schedule();
    listeners.forEach(listener -> listener.accept(before, after));
    return report;
  }

  @Override
  public List<PassageHit> search(PassageQuery query) {
    return knowledge.search(query);
  }

  @Override
  public List<String> spellings(String word, int max) {
    return knowledge.spellings(word, max);
  }

  @Override
  public Schedule schedule() {
    return knowledge.schedule();
  }

  @Override
  public List<String> complete(CompletionKind kind, String prefix, int max) {
    return knowledge.complete(kind, prefix, max);
  }

  // The report groups wordings by the index's own analysis and vectors: never by the defaults.
  @Override
  public List<String> terms(String text) {
    return knowledge.terms(text);
  }

  @Override
  public void willSearch(String text) {
    knowledge.willSearch(text);
  }

  @Override
  public Optional<float[]> meaning(String text) {
    return knowledge.meaning(text);
  }
}
