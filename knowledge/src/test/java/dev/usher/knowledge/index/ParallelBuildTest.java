package dev.usher.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class ParallelBuildTest {
  private static final int ENTRIES = 12_000;

  /** Scratch indexes in memory that count how many are still open. */
  private static final class CountedScratch implements ParallelBuild.ScratchDirectories {
    final AtomicInteger open = new AtomicInteger();
    final AtomicInteger created = new AtomicInteger();

    @Override
    public Directory create() {
      open.incrementAndGet();
      created.incrementAndGet();
      return new ByteBuffersDirectory();
    }

    @Override
    public void release(Directory directory) {
      open.decrementAndGet();
    }
  }

  private static List<Document> entries() {
    return IntStream.range(0, ENTRIES)
        .mapToObj(
            i -> {
              Document doc = new Document();
              doc.add(
                  new StringField(
                      IndexSchema.ID, "docs/file" + (i % 97) + ".md#" + i, Field.Store.YES));
              doc.add(
                  new TextField(
                      IndexSchema.BODY,
                      "passage " + i + " about the registration desk and lunch",
                      Field.Store.YES));
              return doc;
            })
        .toList();
  }

  /** The stored ids in document-id order, across every segment. */
  private static List<String> idsInOrder(Directory directory) throws IOException {
    List<String> ids = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          ids.add(stored.document(doc).get(IndexSchema.ID));
        }
      }
    }
    return ids;
  }

  private static List<String> built(ParallelBuild.ScratchDirectories scratch, int threads)
      throws IOException {
    Directory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, PassageIndex.config())) {
      ParallelBuild.addInOrder(writer, entries(), PassageIndex::config, scratch, threads);
      writer.commit();
    }
    return idsInOrder(directory);
  }

  @Test
  void twoParallelBuildsHoldTheSameIdsInTheOrderTheyWereGiven() throws IOException {
    // given
    CountedScratch scratch = new CountedScratch();
    List<String> given = entries().stream().map(d -> d.get(IndexSchema.ID)).toList();

    // when
    List<String> first = built(scratch, 3);
    List<String> second = built(scratch, 3);

    // then
    assertThat(first).hasSize(ENTRIES).isEqualTo(given);
    assertThat(second).isEqualTo(first);
    assertThat(built(scratch, 1)).as("one thread gives the same index").isEqualTo(first);
    assertThat(scratch.created).as("three runs per parallel build").hasValue(6);
    assertThat(scratch.open).as("every scratch index released").hasValue(0);
  }
}
