package dev.usher.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.usher.core.knowledge.IngestReport;
import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.PassageQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneKnowledgeIndexTest {
  private static final PassageQuery REGISTRATION =
      new PassageQuery(List.of("registration", "desk"), List.of("registration desk"), 10);

  @TempDir Path root;
  private ConferenceFolder conference;

  @BeforeEach
  void writeConference() {
    conference = ConferenceFolder.in(root).document("docs");
    conference.write(
        "docs/registration.md",
        """
        # Registration desk

        The registration desk in the main lobby opens at 8:00 every day. Bring your ticket.

        # Badges

        Lost badges are reprinted at the registration desk for a fee.
        """);
    conference.write("docs/wifi.txt", "Wifi\n\nThe wireless network is ICLR-Guest.\n");
    conference.write("docs/lunch.html", "<h1>Lunch</h1><p>Lunch is served in Hall B.</p>");
  }

  /**
   * Every file of the index directory with its last-modified time: unchanged when nothing was
   * written.
   */
  private Map<String, FileTime> indexFiles() throws Exception {
    Map<String, FileTime> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(conference.indexDirectory())) {
      for (Path file :
          list.filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
        files.put(file.getFileName().toString(), Files.getLastModifiedTime(file));
      }
    }
    return files;
  }

  @Test
  void openingTheSameFolderTwiceDoesNotRebuildAndSearchesAlike() throws Exception {
    // given
    List<IngestReport.FileReport> progress = new ArrayList<>();
    List<PassageHit> first;
    try (LuceneKnowledge knowledge = LuceneKnowledge.open(conference.settings(), progress::add)) {
      first = knowledge.search(REGISTRATION);
    }
    Map<String, FileTime> filesAfterFirst = indexFiles();

    // when
    List<PassageHit> second;
    try (LuceneKnowledge knowledge = LuceneKnowledge.open(conference.settings(), file -> {})) {
      second = knowledge.search(REGISTRATION);
    }

    // then
    assertThat(progress)
        .extracting(IngestReport.FileReport::path)
        .containsExactly("docs/lunch.html", "docs/registration.md", "docs/wifi.txt");
    assertThat(first).isNotEmpty();
    assertThat(second)
        .extracting(PassageHit::source, PassageHit::text, PassageHit::score)
        .isEqualTo(first.stream().map(h -> tuple(h.source(), h.text(), h.score())).toList());
    assertThat(indexFiles()).as("no segment or commit was written").isEqualTo(filesAfterFirst);
  }

  @Test
  void anUnchangedFolderStartsFromItsManifestWithTheSameReport() throws Exception {
    // given
    IngestReport first;
    try (LuceneKnowledge knowledge = LuceneKnowledge.open(conference.settings(), file -> {})) {
      first = knowledge.lastReport();
    }
    assertThat(conference.settings().manifestFile()).as("written beside the index").isRegularFile();

    // when
    IngestReport second;
    try (LuceneKnowledge knowledge = LuceneKnowledge.open(conference.settings(), file -> {})) {
      second = knowledge.lastReport();
      assertThat(knowledge.search(REGISTRATION)).isNotEmpty();
    }

    // then
    assertThat(second.files()).isEqualTo(first.files());
    assertThat(second.passages()).isEqualTo(first.passages()).isPositive();
    assertThat(second.problems()).isEqualTo(first.problems());
  }

  @Test
  void reloadNoticesAFileChangedToTheSameSizeInAnIndexOnDisk() {
    try (LuceneKnowledge knowledge = LuceneKnowledge.open(conference.settings(), file -> {})) {
      conference.write("docs/wifi.txt", "Wifi\n\nThe wireless network is EDUROAMXYZ.\n");

      knowledge.reload();

      assertThat(knowledge.search(query("eduroamxyz")))
          .extracting(hit -> hit.source().id())
          .containsExactly("docs/wifi.txt");
      assertThat(knowledge.search(query("ICLR-Guest"))).isEmpty();
    }
  }

  @Test
  void aLostManifestReadsTheFolderWholeWithoutRebuildingAndIsWrittenAgain() throws Exception {
    // given
    try (LuceneKnowledge knowledge = LuceneKnowledge.open(conference.settings(), file -> {})) {
      assertThat(knowledge.search(REGISTRATION)).isNotEmpty();
    }
    Map<String, FileTime> indexBefore = indexFiles();
    Files.delete(conference.settings().manifestFile());

    // when
    try (LuceneKnowledge knowledge = LuceneKnowledge.open(conference.settings(), file -> {})) {
      // then
      assertThat(knowledge.search(REGISTRATION)).isNotEmpty();
    }
    assertThat(indexFiles()).isEqualTo(indexBefore);
    assertThat(conference.settings().manifestFile()).isRegularFile();
  }

  @Test
  void aFileChangedBetweenStartsIsReindexed() {
    try (LuceneKnowledge knowledge = LuceneKnowledge.open(conference.settings(), file -> {})) {
      assertThat(knowledge.search(query("ICLR-Guest"))).isNotEmpty();
    }
    conference.write("docs/wifi.txt", "Wifi\n\nThe wireless network is now Eduroam.\n");

    try (LuceneKnowledge knowledge = LuceneKnowledge.open(conference.settings(), file -> {})) {
      assertThat(knowledge.search(query("eduroam")))
          .extracting(hit -> hit.source().id())
          .containsExactly("docs/wifi.txt");
      assertThat(knowledge.search(query("ICLR-Guest"))).isEmpty();
    }
  }

  @Test
  void reloadPicksUpAChangedFile() {
    try (LuceneKnowledge knowledge = LuceneKnowledge.inMemory(conference.settings())) {
      conference.write("docs/wifi.txt", "Wifi\n\nThe wireless network is now Eduroam.\n");

      IngestReport report = knowledge.reload();

      assertThat(report.problems()).isEmpty();
      assertThat(report.passages()).isEqualTo(knowledge.lastReport().passages());
      assertThat(knowledge.search(query("eduroam"))).isNotEmpty();
      assertThat(knowledge.search(query("ICLR-Guest"))).isEmpty();
    }
  }

  @Test
  void questionsKeepBeingAnsweredWhileTheIndexIsReloaded() throws Exception {
    // given: a searcher looping on another thread
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try (LuceneKnowledge knowledge = LuceneKnowledge.inMemory(conference.settings())) {
      AtomicBoolean reloading = new AtomicBoolean(true);
      CountDownLatch searching = new CountDownLatch(1);
      AtomicInteger searches = new AtomicInteger();
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      Future<?> searcher =
          executor.submit(
              () -> {
                while (reloading.get()) {
                  try {
                    if (knowledge.search(REGISTRATION).isEmpty()) {
                      failures.add("no hits during a reload");
                    }
                  } catch (RuntimeException e) {
                    failures.add(e.toString());
                  }
                  searches.incrementAndGet();
                  searching.countDown();
                }
              });
      assertThat(searching.await(10, TimeUnit.SECONDS)).isTrue();

      // when: each reload rebuilds, as a file changes every time
      for (int i = 0; i < 6; i++) {
        conference.write("docs/wifi.txt", "Wifi\n\nThe wireless network is ICLR-" + i + ".\n");
        assertThat(knowledge.reload().problems()).isEmpty();
      }
      reloading.set(false);
      searcher.get(10, TimeUnit.SECONDS);

      // then
      assertThat(failures).isEmpty();
      assertThat(searches.get()).isGreaterThan(1);
      assertThat(knowledge.search(query("ICLR-5"))).isNotEmpty();
    } finally {
      executor.shutdownNow();
    }
  }

  private static PassageQuery query(String word) {
    return new PassageQuery(List.of(word), List.of(), 10);
  }
}
