package dev.usher.knowledge;

import dev.usher.core.command.CompletionKind;
import dev.usher.core.concurrent.Meanwhile;
import dev.usher.core.conference.Schedule;
import dev.usher.core.knowledge.IngestReport;
import dev.usher.core.knowledge.IngestReport.FileReport;
import dev.usher.core.knowledge.Knowledge;
import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.PassageQuery;
import dev.usher.knowledge.analysis.UsherAnalyzers;
import dev.usher.knowledge.complete.ScheduleCompletions;
import dev.usher.knowledge.index.PassageIndex;
import dev.usher.knowledge.index.Searches;
import dev.usher.knowledge.ingest.ConferenceMaterial;
import dev.usher.knowledge.ingest.ConferenceReader;
import dev.usher.knowledge.ingest.FolderSummary;
import dev.usher.knowledge.ingest.IngestManifest;
import dev.usher.knowledge.ingest.KnowledgeSettings;
import dev.usher.knowledge.semantic.EmbeddingProgress;
import dev.usher.knowledge.semantic.SentenceModel;
import dev.usher.knowledge.semantic.SentenceModels;
import dev.usher.knowledge.semantic.VectorCache;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;

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
  private final Optional<Path> manifestFile;
  private volatile @Nullable Loaded loaded;

  /** What one read left: the documents' text is in the index only, not kept here. */
  private record Loaded(
      Schedule schedule, LazyCompletions completions, IngestReport report, FolderSummary summary) {}

  private LuceneKnowledge(
      KnowledgeSettings settings,
      PassageIndex index,
      Optional<SentenceModel> model,
      SynonymMap synonyms,
      Optional<Path> vectorCache,
      EmbeddingProgress embedding) {
    this.settings = settings;
    this.index = index;
    // Beside the index, and only for one on disk: an in-memory index is built anew at every start.
    this.manifestFile = index.onDisk() ? Optional.of(settings.manifestFile()) : Optional.empty();
    this.embedding = embedding;
    this.vectors = model.map(m -> VectorCache.open(m, vectorCache));
    this.searches = new Searches(index, synonyms, model);
  }

  /**
   * The built-in synonym rules and the folder's own.
   *
   * @throws IllegalArgumentException when a configured line cannot be read
   */
  private static SynonymMap synonyms(KnowledgeSettings settings) {
    List<String> lines = new ArrayList<>(UsherAnalyzers.BUILT_IN_SYNONYMS);
    lines.addAll(settings.synonyms());
    return UsherAnalyzers.synonyms(lines);
  }

  /**
   * Opens the conference's index on disk, rebuilding it if any file changed. A folder whose files
   * all have the size and times the manifest beside the index recorded is not read again: only its
   * schedule files are (the schedule is needed); a file whose times changed is hashed, and the
   * folder is read whole only when a content changed.
   *
   * @param progress told of each file once it is read
   * @throws IllegalArgumentException when a configured synonym line cannot be read
   */
  public static LuceneKnowledge open(KnowledgeSettings settings, Consumer<FileReport> progress) {
    return open(settings, progress, EmbeddingProgress.SILENT);
  }

  /**
   * Like {@link #open(KnowledgeSettings, Consumer)}, also telling how embedding the entries goes.
   */
  public static LuceneKnowledge open(
      KnowledgeSettings settings, Consumer<FileReport> progress, EmbeddingProgress embedding) {
    // Three parts of a start that need nothing from each other, each a large share of a cold one:
    // the sentence model (most of a semantic start), the synonym rules (parsing them loads KStem's
    // dictionary) and the index. On two cores they overlap instead of adding up.
    Meanwhile<Optional<SentenceModel>> model =
        Meanwhile.start("usher-sentence-model", () -> bundledModel(settings));
    Meanwhile<SynonymMap> synonyms = Meanwhile.start("usher-synonyms", () -> synonyms(settings));
    PassageIndex index;
    try {
      index = PassageIndex.open(settings.indexDirectory());
    } catch (RuntimeException e) {
      model.abandon(loaded -> loaded.ifPresent(SentenceModel::close));
      throw e;
    }
    SynonymMap synonymMap;
    try {
      synonymMap = synonyms.join();
    } catch (RuntimeException e) {
      index.close();
      model.abandon(loaded -> loaded.ifPresent(SentenceModel::close));
      throw e;
    }
    return load(
        settings,
        index,
        model.join(),
        synonymMap,
        Optional.of(settings.vectorCacheFile()),
        progress,
        embedding);
  }

  /** Like {@link #open} with an index in memory only, for tests and benchmarks. */
  public static LuceneKnowledge inMemory(KnowledgeSettings settings) {
    return inMemory(settings, bundledModel(settings));
  }

  /**
   * Like {@link #inMemory(KnowledgeSettings)} with the given sentence model, or words only when
   * empty (as when the model cannot load); closing the knowledge closes the model.
   */
  public static LuceneKnowledge inMemory(
      KnowledgeSettings settings, Optional<SentenceModel> model) {
    return load(
        settings,
        PassageIndex.inMemory(),
        model,
        synonyms(settings),
        Optional.empty(),
        file -> {},
        EmbeddingProgress.SILENT);
  }

  private static Optional<SentenceModel> bundledModel(KnowledgeSettings settings) {
    return settings.semantic() ? SentenceModels.bundled() : Optional.empty();
  }

  private static LuceneKnowledge load(
      KnowledgeSettings settings,
      PassageIndex index,
      Optional<SentenceModel> model,
      SynonymMap synonyms,
      Optional<Path> vectorCache,
      Consumer<FileReport> progress,
      EmbeddingProgress embedding) {
    LuceneKnowledge knowledge =
        new LuceneKnowledge(settings, index, model, synonyms, vectorCache, embedding);
    knowledge.ingest(progress);
    return knowledge;
  }

  /** Whether questions are also matched by meaning (the sentence model loaded and is on). */
  public boolean semantic() {
    return vectors.isPresent();
  }

  /** What the last read of the folder found. */
  public IngestReport lastReport() {
    return loaded().report();
  }

  /**
   * What the last read of the folder found, for the app's defaults (a schedule's own zone and
   * name).
   */
  public FolderSummary summary() {
    return loaded().summary();
  }

  @Override
  public List<PassageHit> search(PassageQuery query) {
    Objects.requireNonNull(query, "query");
    return searches.passages(query);
  }

  @Override
  public void willSearch(String text) {
    searches.willSearch(text);
  }

  @Override
  public List<String> spellings(String word, int max) {
    return searches.spellings(word, max);
  }

  @Override
  public List<String> terms(String text) {
    return UsherAnalyzers.terms(text);
  }

  @Override
  public Optional<float[]> meaning(String text) {
    return vectors.map(v -> v.model().embed(List.of(text)).get(0));
  }

  @Override
  public Schedule schedule() {
    return loaded().schedule();
  }

  @Override
  public List<String> complete(CompletionKind kind, String prefix, int max) {
    return loaded().completions().get().complete(kind, prefix, max);
  }

  @Override
  public synchronized IngestReport reload() {
    return ingest(file -> {});
  }

  private synchronized IngestReport ingest(Consumer<FileReport> progress) {
    long started = System.nanoTime();
    FolderSummary summary = unchanged(progress).orElseGet(() -> rebuilt(progress));
    Schedule schedule = new Schedule(settings.zone(), summary.sessions());
    IngestReport report =
        new IngestReport(
            summary.files(),
            summary.passageCount(),
            summary.sessions().size(),
            summary.problems(),
            Duration.ofNanos(System.nanoTime() - started));
    // The completions replaced here are left to the garbage collector rather than closed: they
    // live on the heap only, and a completion request may still be running on them.
    loaded = new Loaded(schedule, new LazyCompletions(schedule), report, summary);
    return report;
  }

  /** The folder as the manifest recorded it, when nothing the index holds changed. */
  private Optional<FolderSummary> unchanged(Consumer<FileReport> progress) {
    Optional<String> built = index.builtFingerprint();
    if (manifestFile.isEmpty() || built.isEmpty()) {
      return Optional.empty();
    }
    return IngestManifest.read(manifestFile.get(), built.get())
        .flatMap(
            previous ->
                reader(progress)
                    .survey(previous)
                    .filter(summary -> index.holds(summary.fingerprint(), vectors))
                    .map(
                        summary -> {
                          if (summary.manifest()
                              != previous) { // the survey hands back previous itself when it
                            // changed nothing
                            summary.manifest().write(manifestFile.get(), built.get());
                          }
                          return summary;
                        }));
  }

  /** Reads the folder whole and indexes it; the passages' text is dropped once indexed. */
  private FolderSummary rebuilt(Consumer<FileReport> progress) {
    ConferenceMaterial material = reader(progress).read();
    int entries = material.passageCount() + material.sessions().size();
    index.replaceWith(material, vectors, done -> embedding.embedded(done, entries));
    if (manifestFile.isPresent()) {
      index
          .builtFingerprint()
          .ifPresent(built -> material.summary().manifest().write(manifestFile.get(), built));
    }
    return material.summary();
  }

  /**
   * A reader of the folder; for an index on disk, one that keeps the parsed schedules beside it, so
   * a start on an unchanged folder does not parse them again.
   */
  private ConferenceReader reader(Consumer<FileReport> progress) {
    return manifestFile.isPresent()
        ? new ConferenceReader(settings, progress, settings.scheduleCacheFile())
        : new ConferenceReader(settings, progress);
  }

  /** What the last read left; every factory reads the folder before it returns the knowledge. */
  private Loaded loaded() {
    Loaded current = loaded;
    if (current == null) {
      throw new IllegalStateException("the knowledge is used before its folder was read");
    }
    return current;
  }

  /**
   * Autocomplete over one schedule, built when first asked for: {@code ask} and most starts never
   * complete anything, and building it costs an in-memory index per kind.
   */
  private static final class LazyCompletions {
    private final Schedule schedule;
    private @Nullable ScheduleCompletions built;

    LazyCompletions(Schedule schedule) {
      this.schedule = schedule;
    }

    synchronized ScheduleCompletions get() {
      ScheduleCompletions made = built;
      if (made == null) {
        made = ScheduleCompletions.of(schedule);
        built = made;
      }
      return made;
    }

    synchronized void close() {
      if (built != null) {
        built.close();
      }
    }
  }

  @Override
  public void close() {
    loaded().completions().close();
    index.close();
    vectors.ifPresent(v -> v.model().close());
  }
}
