package dev.usher.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.knowledge.ConferenceFolder;
import dev.usher.knowledge.ingest.ConferenceMaterial;
import dev.usher.knowledge.ingest.ConferenceReader;
import dev.usher.knowledge.ingest.DocumentEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageIndexTest {
  @TempDir Path root;
  private ConferenceFolder conference;

  @BeforeEach
  void writeConference() {
    conference = ConferenceFolder.in(root).document("docs");
    conference.write("docs/venue.md", "# Venue\n\nThe venue is the Riocentro convention center.\n");
    conference.write("docs/wifi.txt", "Wifi\n\nThe network is ICLR-Guest and needs no password.\n");
  }

  private ConferenceMaterial read() {
    return new ConferenceReader(conference.settings(), file -> {}).read();
  }

  private static int count(PassageIndex index) {
    return index.search(searcher -> searcher.count(new MatchAllDocsQuery()));
  }

  /** The stored ids in document-id order. */
  private static List<String> idsInOrder(PassageIndex index) {
    return index.search(
        searcher -> {
          List<String> ids = new ArrayList<>();
          StoredFields stored = searcher.storedFields();
          for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
            ids.add(stored.document(doc).get(IndexSchema.ID));
          }
          return ids;
        });
  }

  @Test
  void twoBuildsOfOneFolderHoldTheSameEntriesInTheSameOrder() {
    // given: enough documents that they are read on several threads
    for (int i = 0; i < 40; i++) {
      conference.write(
          "docs/room-" + i + ".md",
          "# Room " + i + "\n\nRoom " + i + " is on floor " + (i % 4) + ".\n");
    }

    // when
    List<String> first;
    List<String> second;
    try (PassageIndex one = PassageIndex.inMemory();
        PassageIndex other = PassageIndex.inMemory()) {
      one.replaceWith(read());
      other.replaceWith(read());
      first = idsInOrder(one);
      second = idsInOrder(other);
    }

    // then: in the order the files are listed (sorted), whatever thread read which
    assertThat(first).hasSize(42).isEqualTo(second);
    assertThat(first.subList(0, 3))
        .containsExactly("docs/room-0.md#0", "docs/room-1.md#0", "docs/room-10.md#0");
  }

  @Test
  void aBuildLargeEnoughToRunOnSeveralThreadsLeavesNoScratchIndexBehind() throws Exception {
    // given: 12,000 sessions, entries enough for a parallel build on a machine of two cores or more
    StringBuilder schedule = new StringBuilder("sessions:\n");
    for (int i = 0; i < 12_000; i++) {
      schedule
          .append("  - {id: s")
          .append(i)
          .append(", title: Talk ")
          .append(i)
          .append(", start: 2026-04-25 09:00, end: 2026-04-25 10:00}\n");
    }
    conference.write("schedule.yaml", schedule.toString());
    ConferenceMaterial material =
        new ConferenceReader(conference.schedule("schedule.yaml").settings(), file -> {}).read();

    // when
    try (PassageIndex index = PassageIndex.open(conference.indexDirectory())) {
      index.replaceWith(material);

      // then
      assertThat(count(index)).isEqualTo(12_002);
      assertThat(idsInOrder(index).subList(2, 4)).containsExactly("session:s0", "session:s1");
    }
    try (var siblings = java.nio.file.Files.list(conference.indexDirectory().getParent())) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.contains("-build-"));
    }
  }

  @Test
  void aBuildDeletesTheScratchFoldersACrashedBuildLeftButNothingElseBesideTheIndex()
      throws Exception {
    // given: what a killed build leaves (a scratch index with a segment file) and a folder of the
    // user's
    Path parent = conference.indexDirectory().toAbsolutePath().getParent();
    String name = conference.indexDirectory().getFileName().toString();
    Path leftover = Files.createDirectories(parent.resolve(name + "-build-1234567"));
    Files.writeString(leftover.resolve("_0.cfs"), "half a segment");
    Path unrelated = Files.createDirectories(parent.resolve(name + "-backup"));

    // when
    try (PassageIndex index = PassageIndex.open(conference.indexDirectory())) {
      assertThat(index.replaceWith(read())).isTrue();
    }

    // then
    assertThat(leftover).doesNotExist();
    assertThat(unrelated).isDirectory();
  }

  @Test
  void readingTheSameFolderTwiceGivesTheSameFingerprint() {
    assertThat(read().fingerprint()).isEqualTo(read().fingerprint());
  }

  @Test
  void theSameMaterialIsNotRebuiltInTheSameIndexNorAfterReopening() {
    // given
    try (PassageIndex index = PassageIndex.open(conference.indexDirectory())) {
      assertThat(index.replaceWith(read())).isTrue();

      // when / then
      assertThat(index.replaceWith(read())).isFalse();
      assertThat(count(index)).isEqualTo(2);
    }
    try (PassageIndex reopened = PassageIndex.open(conference.indexDirectory())) {
      assertThat(count(reopened)).isEqualTo(2);
      assertThat(reopened.replaceWith(read())).isFalse();
    }
  }

  @Test
  void aChangedFileRebuildsTheIndex() {
    try (PassageIndex index = PassageIndex.open(conference.indexDirectory())) {
      index.replaceWith(read());
      conference.write("docs/wifi.txt", "Wifi\n\nThe network is ICLR-2026 now.\n");

      assertThat(index.replaceWith(read())).isTrue();
      assertThat(index.replaceWith(read())).isFalse();
    }
  }

  @Test
  void aNewOrRemovedFileRebuildsTheIndex() throws Exception {
    try (PassageIndex index = PassageIndex.open(conference.indexDirectory())) {
      index.replaceWith(read());

      conference.write("docs/lunch.md", "# Lunch\n\nLunch is at noon.\n");
      assertThat(index.replaceWith(read())).isTrue();
      assertThat(count(index)).isEqualTo(3);

      java.nio.file.Files.delete(conference.folder().resolve("docs/lunch.md"));
      assertThat(index.replaceWith(read())).isTrue();
      assertThat(count(index)).isEqualTo(2);
    }
  }

  @Test
  void aChangedConfiguredTitleRebuildsTheIndex() {
    // given: the same file, first under its own title, then under one the configuration gives
    ConferenceFolder titled = ConferenceFolder.in(root.resolve("titled"));
    titled.write("venue.txt", "Venue\n\nThe venue is the Riocentro convention center.\n");
    titled.document(new DocumentEntry("venue.txt", Optional.of("Where to go"), Optional.empty()));
    ConferenceFolder untitled = ConferenceFolder.in(root.resolve("titled")).document("venue.txt");

    try (PassageIndex index = PassageIndex.open(conference.indexDirectory())) {
      index.replaceWith(new ConferenceReader(untitled.settings(), file -> {}).read());

      // when
      boolean rebuilt =
          index.replaceWith(new ConferenceReader(titled.settings(), file -> {}).read());

      // then
      assertThat(rebuilt).isTrue();
      String title =
          index.search(searcher -> searcher.storedFields().document(0).get(IndexSchema.TITLE));
      assertThat(title).isEqualTo("Where to go");
    }
  }

  @Test
  void anInMemoryIndexStartsEmptyAndTakesMaterial() {
    try (PassageIndex index = PassageIndex.inMemory()) {
      assertThat(count(index)).isZero();
      assertThat(index.replaceWith(read())).isTrue();
      assertThat(count(index)).isEqualTo(2);
    }
  }
}
