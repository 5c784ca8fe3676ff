package dev.usher.knowledge;

import dev.usher.core.command.CompletionKind;
import dev.usher.core.knowledge.IngestReport;
import dev.usher.core.knowledge.IngestReport.FileReport;
import dev.usher.core.knowledge.Knowledge;
import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.PassageQuery;
import dev.usher.core.schedule.Schedule;
import dev.usher.knowledge.analysis.UsherAnalyzers;
import dev.usher.knowledge.complete.ScheduleCompletions;
import dev.usher.knowledge.index.PassageIndex;
import dev.usher.knowledge.index.Searches;
import dev.usher.knowledge.ingest.ConferenceMaterial;
import dev.usher.knowledge.ingest.ConferenceReader;
import dev.usher.knowledge.ingest.KnowledgeSettings;
import dev.usher.knowledge.semantic.EmbeddingProgress;
import dev.usher.knowledge.semantic.SentenceModel;
import dev.usher.knowledge.semantic.SentenceModels;
import dev.usher.knowledge.semantic.VectorCache;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The conference's documents and schedule in a Lucene index. Thread-safe: questions run
 * concurrently, also during {@link #reload()}, which swaps in the new index and schedule at once.
 */
public final class LuceneKnowledge implements Knowledge, AutoCloseable {
  private final KnowledgeSettings settings;
  private final PassageIndex index;
  private final Searches searches;
  private final Optional<VectorCache> vectors;
  private final EmbeddingProgress embedding;
  private volatile Loaded loaded;

  private record Loaded(Schedule schedule, ScheduleCompletions completions, IngestReport report, ConferenceMaterial material) {}

  private LuceneKnowledge(
      KnowledgeSettings settings, PassageIndex index, Optional<SentenceModel> model, Optional<Path> vectorCache,
      EmbeddingProgress embedding) {
    this.settings = settings;
    this.index = index;
    this.embedding = embedding;
    this.vectors = model.map(m -> VectorCache.open(m, vectorCache));
    List<String> synonyms = new ArrayList<>(UsherAnalyzers.BUILT_IN_SYNONYMS);
    synonyms.addAll(settings.synonyms());
    SynonymMap synonymMap = UsherAnalyzers.synonyms(synonyms);
    this.searches = new Searches(index, synonymMap, model);
  }

  /**
   * Reads the conference folder and opens its index on disk, rebuilding it if any file changed.
   *
   * @param progress told of each file once it is read
   * @throws IllegalArgumentException when a configured synonym line cannot be read
   */
  public static LuceneKnowledge open(KnowledgeSettings settings, Consumer<FileReport> progress) {
    return open(settings, progress, EmbeddingProgress.SILENT);
  }

  /** Like {@link #open(KnowledgeSettings, Consumer)}, also telling how embedding the entries goes. */
  public static LuceneKnowledge open(
      KnowledgeSettings settings, Consumer<FileReport> progress, EmbeddingProgress embedding) {
    return load(settings, PassageIndex.open(settings.indexDirectory()), bundledModel(settings),
        Optional.of(settings.vectorCacheFile()), progress, embedding);
  }

  /** Like {@link #open} with an index in memory only, for tests and benchmarks. */
  public static LuceneKnowledge inMemory(KnowledgeSettings settings) {
    return inMemory(settings, bundledModel(settings));
  }

  /**
   * Like {@link #inMemory(KnowledgeSettings)} with the given sentence model, or words only when
   * empty (as when the model cannot load); closing the knowledge closes the model.
   */
  public static LuceneKnowledge inMemory(KnowledgeSettings settings, Optional<SentenceModel> model) {
    return load(settings, PassageIndex.inMemory(), model, Optional.empty(), file -> {}, EmbeddingProgress.SILENT);
  }

  private static Optional<SentenceModel> bundledModel(KnowledgeSettings settings) {
    return settings.semantic() ? SentenceModels.bundled() : Optional.empty();
  }

  private static LuceneKnowledge load(
      KnowledgeSettings settings, PassageIndex index, Optional<SentenceModel> model, Optional<Path> vectorCache,
      Consumer<FileReport> progress, EmbeddingProgress embedding) {
    LuceneKnowledge knowledge = new LuceneKnowledge(settings, index, model, vectorCache, embedding);
    knowledge.ingest(progress);
    return knowledge;
  }

  /** Whether questions are also matched by meaning (the sentence model loaded and is on). */
  public boolean semantic() {
    return vectors.isPresent();
  }

  /** What the last read of the folder found. */
  public IngestReport lastReport() {
    return loaded.report();
  }

  /** The material of the last read, for the app's defaults (a schedule's own zone and name). */
  public ConferenceMaterial material() {
    return loaded.material();
  }

  @Override
  public List<PassageHit> search(PassageQuery query) {
    Objects.requireNonNull(query, "query");
    return searches.passages(query);
  }

  @Override
  public List<String> spellings(String word, int max) {
    return searches.spellings(word, max);
  }

  @Override
  public Schedule schedule() {
    return loaded.schedule();
  }

  @Override
  public List<String> complete(CompletionKind kind, String prefix, int max) {
    return loaded.completions().complete(kind, prefix, max);
  }

  @Override
  public synchronized IngestReport reload() {
    return ingest(file -> {});
  }

  private synchronized IngestReport ingest(Consumer<FileReport> progress) {
    long started = System.nanoTime();
    ConferenceMaterial material = new ConferenceReader(settings, progress).read();
    int entries = material.passageCount() + material.sessions().size();
    index.replaceWith(material, vectors, done -> embedding.embedded(done, entries));
    Schedule schedule = new Schedule(settings.zone(), material.sessions());
    IngestReport report =
        new IngestReport(
            material.files(), material.passageCount(), material.sessions().size(),
            material.problems(), Duration.ofNanos(System.nanoTime() - started));
    // The completions replaced here are left to the garbage collector rather than closed: they
    // live on the heap only, and a completion request may still be running on them.
    loaded = new Loaded(schedule, ScheduleCompletions.of(schedule), report, material);
    return report;
  }

  @Override
  public void close() {
    loaded.completions().close();
    index.close();
    vectors.ifPresent(v -> v.model().close());
  }
}
