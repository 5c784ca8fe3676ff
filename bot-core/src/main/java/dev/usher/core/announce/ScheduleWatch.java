package dev.usher.core.announce;

import dev.usher.core.command.CompletionKind;
import dev.usher.core.knowledge.IngestReport;
import dev.usher.core.knowledge.Knowledge;
import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.PassageQuery;
import dev.usher.core.schedule.Schedule;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * Knowledge that tells its listeners the schedule before and after each {@link #reload()}, whoever
 * asked for it ({@code /reload}, a fetched schedule): reminders are planned again and changes
 * announced on every path. Thread-safe; reloads are one at a time.
 */
public final class ScheduleWatch implements Knowledge {
  private final Knowledge knowledge;
  private final List<BiConsumer<Schedule, Schedule>> listeners = new CopyOnWriteArrayList<>();

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

  @Override
  public synchronized IngestReport reload() {
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
  public Optional<float[]> meaning(String text) {
    return knowledge.meaning(text);
  }
}
