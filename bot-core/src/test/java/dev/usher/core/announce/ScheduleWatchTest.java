package dev.usher.core.announce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.command.CompletionKind;
import dev.usher.core.conference.Schedule;
import dev.usher.core.knowledge.IngestReport;
import dev.usher.core.knowledge.Knowledge;
import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.PassageQuery;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScheduleWatchTest {

  /** Knowledge with its own analysis and vectors, as the Lucene index has. */
  private static final class AnalysingKnowledge implements Knowledge {
    @Override
    public List<PassageHit> search(PassageQuery query) {
      return List.of();
    }

    @Override
    public List<String> spellings(String word, int max) {
      return List.of();
    }

    @Override
    public Schedule schedule() {
      return new Schedule(java.time.ZoneOffset.UTC, List.of());
    }

    @Override
    public List<String> complete(CompletionKind kind, String prefix, int max) {
      return List.of();
    }

    @Override
    public List<String> terms(String text) {
      return List.of("stemmed:" + text);
    }

    @Override
    public Optional<float[]> meaning(String text) {
      return Optional.of(new float[] {1, 0});
    }

    @Override
    public void willSearch(String text) {
      events.add("will search " + text);
    }

    @Override
    public IngestReport reload() {
      events.add("read");
      return new IngestReport(List.of(), 0, 0, List.of(), java.time.Duration.ZERO);
    }
  }

  private static final List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();

  @Test
  void aReloadFetchesFirstAndAPollerThatKeptNothingNewReadsNothing() {
    events.clear();
    ScheduleWatch watch = new ScheduleWatch(new AnalysingKnowledge());
    watch.fetchBeforeReload(() -> events.add("fetch"));
    watch.onReload((before, after) -> events.add("told"));

    watch.reload();
    Optional<IngestReport> unchanged = watch.reloadIf(() -> events.add("polled") && false);
    Optional<IngestReport> updated = watch.reloadIf(() -> events.add("polled"));

    assertThat(unchanged).isEmpty();
    assertThat(updated).isPresent();
    assertThat(events).containsExactly("fetch", "read", "told", "polled", "polled", "read", "told");
  }

  @Test
  void aSearchAnnouncedReachesTheWatchedKnowledgeSoItsEmbeddingStartsEarly() {
    events.clear();
    ScheduleWatch watch = new ScheduleWatch(new AnalysingKnowledge());

    watch.willSearch("coat check");

    assertThat(events).containsExactly("will search coat check");
  }

  @Test
  void theReportSeesTheWatchedKnowledgesOwnAnalysisAndVectorsNotTheDefaults() {
    ScheduleWatch watch = new ScheduleWatch(new AnalysingKnowledge());

    assertThat(watch.terms("coats")).containsExactly("stemmed:coats");
    assertThat(watch.meaning("coat check"))
        .hasValueSatisfying(v -> assertThat(v).containsExactly(1, 0));
  }
}
