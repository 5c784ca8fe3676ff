package dev.usher.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;

/**
 * Adds documents to an index on every core, keeping their order. Threads adding to one writer would
 * interleave documents as the threads happen to run, so two builds of one folder would differ (and
 * equal scores, ranked by document order, would come out in another order). Instead each thread
 * indexes one contiguous run of the documents into its own scratch index, and the runs are added to
 * the writer in order ({@link IndexWriter#addIndexes(Directory...)} copies their segments as they
 * are).
 */
final class ParallelBuild {
  /**
   * Fewer entries per thread than this are added by one thread: the split costs more than it saves
   * there, and a conference of that size keeps the one-segment index it always had.
   */
  static final int MIN_ENTRIES_PER_THREAD = 5_000;

  private ParallelBuild() {}

  /**
   * Adds {@code entries} to {@code writer} in their order.
   *
   * @param config a configuration for each scratch index, as the writer's own
   * @param scratch a new, empty directory for one run; closed (and so left to be deleted)
   *     afterwards
   */
  static void addInOrder(
      IndexWriter writer,
      List<Document> entries,
      Supplier<IndexWriterConfig> config,
      ScratchDirectories scratch)
      throws IOException {
    int threads =
        Math.min(
            Runtime.getRuntime().availableProcessors(), entries.size() / MIN_ENTRIES_PER_THREAD);
    addInOrder(writer, entries, config, scratch, threads);
  }

  /**
   * Like {@link #addInOrder(IndexWriter, List, Supplier, ScratchDirectories)} on {@code threads}
   * threads.
   */
  static void addInOrder(
      IndexWriter writer,
      List<Document> entries,
      Supplier<IndexWriterConfig> config,
      ScratchDirectories scratch,
      int threads)
      throws IOException {
    if (threads < 2) {
      writer.addDocuments(entries);
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads, Thread.ofPlatform().name("usher-index-", 0).daemon().factory());
    List<CompletableFuture<Directory>> runs = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        List<Document> run =
            entries.subList(entries.size() * t / threads, entries.size() * (t + 1) / threads);
        runs.add(CompletableFuture.supplyAsync(() -> indexed(run, config, scratch), pool));
      }
      Directory[] indexed = new Directory[threads];
      for (int t = 0; t < threads; t++) {
        indexed[t] = joined(runs.get(t));
      }
      writer.addIndexes(indexed);
    } finally {
      pool.shutdownNow();
      for (CompletableFuture<Directory> run : runs) {
        run.thenAccept(scratch::release);
      }
    }
  }

  private static Directory indexed(
      List<Document> run, Supplier<IndexWriterConfig> config, ScratchDirectories scratch) {
    Directory directory = scratch.create();
    try (IndexWriter writer =
        new IndexWriter(directory, config.get().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      writer.addDocuments(run);
      return directory;
    } catch (IOException e) {
      scratch.release(directory);
      throw new UncheckedIOException("cannot write the index", e);
    }
  }

  private static Directory joined(CompletableFuture<Directory> run) throws IOException {
    try {
      return run.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** Where the runs are indexed before they are added: beside an index on disk, else in memory. */
  interface ScratchDirectories {
    Directory create();

    /** Closes {@code directory} and deletes what it holds. */
    void release(Directory directory);
  }
}
