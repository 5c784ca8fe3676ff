package dev.usher.knowledge.index;

import dev.usher.core.conference.Session;
import dev.usher.core.conference.SessionId;
import dev.usher.knowledge.document.Passage;
import dev.usher.knowledge.ingest.ConferenceMaterial;
import dev.usher.knowledge.ingest.SourceDocument;
import dev.usher.knowledge.semantic.VectorCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index on disk, and the searchers over it. One writer; searchers come from a {@link
 * SearcherManager} refreshed after each rebuild, so questions never fail during one. Thread-safe.
 */
public final class PassageIndex implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PassageIndex.class);
  private static final String FINGERPRINT = "usher.fingerprint";

  private final Directory directory;
  private final Optional<Path> path;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  /**
   * The searcher the last rebuild replaced, kept open until the next one: a hit's text is read from
   * the index when first asked for, and a question being answered during a rebuild still reads the
   * version it was found in.
   */
  private @Nullable IndexSearcher replaced;

  private PassageIndex(Directory directory, Optional<Path> path, IndexWriter writer)
      throws IOException {
    this.directory = directory;
    this.path = path;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, new UncachedSearchers());
  }

  /**
   * Opens (or creates) the index in {@code path}. When another process holds it (a server running
   * while {@code ask} is used), works on a private in-memory copy instead, so both can run.
   */
  public static PassageIndex open(Path path) {
    try {
      Directory directory = FSDirectory.open(path);
      try {
        return new PassageIndex(directory, Optional.of(path), new IndexWriter(directory, config()));
      } catch (LockObtainFailedException e) {
        directory.close();
        log.info("index {} is in use by another process; using an in-memory index", path);
        return inMemory();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index at " + path, e);
    }
  }

  /** An index that lives in memory only: for tests and benchmarks. */
  public static PassageIndex inMemory() {
    try {
      Directory directory = new ByteBuffersDirectory();
      return new PassageIndex(directory, Optional.empty(), new IndexWriter(directory, config()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Merges only neighbouring segments ({@link LogByteSizeMergePolicy}), so documents keep the order
   * they were added in: equal scores are ranked by that order, and two builds of one folder give
   * the same index.
   */
  static IndexWriterConfig config() {
    return new IndexWriterConfig(IndexSchema.indexAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setMergePolicy(new LogByteSizeMergePolicy())
        .setRAMBufferSizeMB(64);
  }

  /**
   * Makes the index hold exactly {@code material}. Does nothing when the index already holds it
   * (same files, same schema), so starting twice on the same folder does not rebuild.
   *
   * @return whether the index was rebuilt
   */
  public boolean replaceWith(ConferenceMaterial material) {
    return replaceWith(material, Optional.empty(), done -> {});
  }

  /**
   * Like {@link #replaceWith(ConferenceMaterial)}, giving every passage and session a sentence
   * vector from {@code vectors} when present; {@code progress} is told how many entries are
   * embedded so far (most come from the cache when little changed).
   */
  public boolean replaceWith(
      ConferenceMaterial material, Optional<VectorCache> vectors, IntConsumer progress) {
    String fingerprint = fingerprint(material.fingerprint(), vectors);
    try {
      if (fingerprint.equals(storedFingerprint().orElse(""))) {
        return false;
      }
      List<Document> entries = new ArrayList<>();
      List<String> meanings = new ArrayList<>();
      for (SourceDocument document : material.documents()) {
        for (Passage passage : document.passages()) {
          entries.add(passageDocument(document, passage));
          meanings.add(EmbeddedText.of(document, passage));
        }
      }
      for (Session session : material.sessions()) {
        entries.add(sessionDocument(session));
        meanings.add(EmbeddedText.of(session));
      }
      if (vectors.isPresent()) {
        List<float[]> embedded = vectors.get().vectors(meanings, progress);
        for (int i = 0; i < entries.size(); i++) {
          entries
              .get(i)
              .add(
                  new KnnFloatVectorField(
                      IndexSchema.VECTOR, embedded.get(i), VectorSimilarityFunction.DOT_PRODUCT));
        }
      }
      writer.deleteAll();
      deleteLeftoverScratch();
      ParallelBuild.addInOrder(writer, entries, PassageIndex::config, scratch());
      writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
      writer.commit();
      refreshKeepingTheReplaced();
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the index", e);
    }
  }

  /**
   * Whether the index already holds the material with {@code materialFingerprint} (see {@link
   * ConferenceMaterial#fingerprint()}), built with {@code vectors} or without: then {@link
   * #replaceWith} would do nothing, and the material need not be read.
   */
  public boolean holds(String materialFingerprint, Optional<VectorCache> vectors) {
    return builtFingerprint().equals(Optional.of(fingerprint(materialFingerprint, vectors)));
  }

  /**
   * What the index was last built from: schema version, model and material, as one text; empty for
   * an index never built. An ingest manifest written for it names it.
   */
  public Optional<String> builtFingerprint() {
    try {
      return storedFingerprint();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index", e);
    }
  }

  /**
   * Whether the index is kept on disk, so what is written beside it describes it at the next start.
   */
  public boolean onDisk() {
    return path.isPresent();
  }

  /**
   * Deletes the scratch folders a build that crashed or was killed left beside the index. None can
   * belong to a running build: a build holds the index's write lock, which this writer holds now.
   */
  private void deleteLeftoverScratch() {
    if (path.isEmpty()) {
      return;
    }
    Path index = path.get().toAbsolutePath();
    String prefix = scratchPrefix(index);
    try (Stream<Path> siblings = Files.list(index.getParent())) {
      for (Path leftover :
          siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
        if (Files.isDirectory(leftover, LinkOption.NOFOLLOW_LINKS)) {
          log.info("deleting {}, left by a build that did not finish", leftover);
          deleteTree(leftover);
        }
      }
    } catch (IOException e) {
      log.warn("cannot delete the scratch indexes a build left beside {}: {}", index, e.toString());
    }
  }

  private static String scratchPrefix(Path index) {
    return index.getFileName() + "-build-";
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  /**
   * Scratch indexes of a parallel build: folders beside the index on disk, so a large build stays
   * off the heap.
   */
  private ParallelBuild.ScratchDirectories scratch() {
    return new ParallelBuild.ScratchDirectories() {
      @Override
      public Directory create() {
        try {
          if (path.isEmpty()) {
            return new ByteBuffersDirectory();
          }
          Path index = path.get().toAbsolutePath();
          return FSDirectory.open(
              Files.createTempDirectory(index.getParent(), scratchPrefix(index)));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write the index", e);
        }
      }

      @Override
      public void release(Directory scratch) {
        try {
          // The folder is asked for before closing: a closed FSDirectory refuses to name it.
          Optional<Path> folder =
              scratch instanceof FSDirectory onDisk
                  ? Optional.of(onDisk.getDirectory())
                  : Optional.empty();
          scratch.close();
          if (folder.isPresent()) {
            deleteTree(folder.get());
          }
        } catch (IOException e) {
          log.warn("cannot delete the scratch index {}: {}", scratch, e.toString());
        }
      }
    };
  }

  private static String fingerprint(String materialFingerprint, Optional<VectorCache> vectors) {
    String model = vectors.map(v -> v.model().id()).orElse("lexical");
    return IndexSchema.VERSION + ":" + model + ":" + materialFingerprint;
  }

  private Optional<String> storedFingerprint() throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return Optional.empty();
    }
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data == null) {
      return Optional.empty();
    }
    for (Map.Entry<String, String> entry : data) {
      if (entry.getKey().equals(FINGERPRINT)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /** Runs {@code search} on the current searcher, released afterwards. */
  public <T> T search(SearchFunction<T> search) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return search.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index", e);
    }
  }

  /** A search over one searcher. */
  @FunctionalInterface
  public interface SearchFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private static Document passageDocument(SourceDocument source, Passage passage) {
    Document doc = new Document();
    String body =
        passage.section().isEmpty() ? passage.text() : passage.section() + "\n" + passage.text();
    // The heading leads the body too, so a quote can start with the section it answers from.
    addEntry(
        doc,
        source.id() + "#" + passage.ordinal(),
        IndexSchema.KIND_DOCUMENT,
        source.id(),
        source.url(),
        source.title(),
        passage.section(),
        body);
    doc.add(new TextField(IndexSchema.WORDS, source.title() + "\n" + body, Field.Store.NO));
    return doc;
  }

  private static Document sessionDocument(Session session) {
    Document doc = new Document();
    String id = SessionId.of(session.id()).sourceId();
    String heading =
        String.join(
                " ",
                session.room().orElse(""),
                session.track().orElse(""),
                String.join(", ", session.speakers()))
            .strip();
    addEntry(
        doc,
        id,
        IndexSchema.KIND_SESSION,
        id,
        session.url().map(Object::toString),
        session.title(),
        heading,
        session.description());
    doc.add(
        new TextField(
            IndexSchema.WORDS,
            session.title() + "\n" + heading + "\n" + session.description(),
            Field.Store.NO));
    doc.add(new LongField(IndexSchema.START, session.start().toEpochSecond(), Field.Store.YES));
    doc.add(new LongField(IndexSchema.END, session.end().toEpochSecond(), Field.Store.YES));
    return doc;
  }

  /**
   * The fields every entry has. What a hit shows of its source is in doc values, so a hit's stored
   * fields are read for its body only (the title stays stored for whoever reads the index).
   */
  private static void addEntry(
      Document doc,
      String id,
      String kind,
      String sourceId,
      Optional<String> url,
      String title,
      String heading,
      String body) {
    doc.add(new StringField(IndexSchema.ID, id, Field.Store.YES));
    doc.add(new BinaryDocValuesField(IndexSchema.ID, new BytesRef(id)));
    doc.add(new StringField(IndexSchema.KIND, kind, Field.Store.NO));
    doc.add(new BinaryDocValuesField(IndexSchema.KIND, new BytesRef(kind)));
    doc.add(new BinaryDocValuesField(IndexSchema.SOURCE_ID, new BytesRef(sourceId)));
    url.ifPresent(u -> doc.add(new BinaryDocValuesField(IndexSchema.URL, new BytesRef(u))));
    doc.add(new TextField(IndexSchema.TITLE, title, Field.Store.YES));
    doc.add(new BinaryDocValuesField(IndexSchema.TITLE, new BytesRef(title)));
    doc.add(new TextField(IndexSchema.HEADING, heading, Field.Store.NO));
    doc.add(new BinaryDocValuesField(IndexSchema.HEADING, new BytesRef(heading)));
    doc.add(new Field(IndexSchema.BODY, body, IndexSchema.BODY_TYPE));
  }

  private synchronized void refreshKeepingTheReplaced() throws IOException {
    IndexSearcher current = searchers.acquire();
    searchers.maybeRefreshBlocking();
    if (replaced != null) {
      searchers.release(replaced);
    }
    replaced = current;
  }

  @Override
  public synchronized void close() {
    try {
      if (replaced != null) {
        searchers.release(replaced);
        replaced = null;
      }
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the index", e);
    }
  }

  /**
   * Searchers without a query cache: attendees' questions rarely repeat a query, and caching one
   * builds a bit set over the whole index that costs more than the search it would save.
   */
  private static final class UncachedSearchers extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setQueryCache(null);
      return searcher;
    }
  }
}
