package dev.usher.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.knowledge.IngestReport.Problem;
import dev.usher.core.knowledge.PassageQuery;
import dev.usher.knowledge.ingest.ConferenceMaterial;
import dev.usher.knowledge.ingest.ConferenceReader;
import dev.usher.knowledge.ingest.DocumentEntry;
import dev.usher.knowledge.ingest.KnowledgeSettings;
import dev.usher.knowledge.ingest.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample conference bundled with Usher reads cleanly. */
class SampleConferenceTest {
  private static final Path SAMPLE = Path.of("../examples/iclr-2026");

  @TempDir Path indexDirectory;

  /** The settings usher.yaml gives, read here so the test follows the sample as it changes. */
  private KnowledgeSettings settings() throws Exception {
    return ConferenceSettingsFile.read(SAMPLE, indexDirectory);
  }

  @Test
  void everySampleDocumentReadsWithoutProblems() throws Exception {
    // given
    KnowledgeSettings settings = settings();

    // when
    ConferenceMaterial material = new ConferenceReader(settings, file -> {}).read();

    // then: problems, if any, are the schedule's (its readers are tested elsewhere)
    assertThat(material.problems())
        .extracting(Problem::path)
        .allSatisfy(path -> assertThat(settings.schedules()).contains(path));
    assertThat(material.documents())
        .extracting(SourceDocument::id)
        .containsExactlyElementsOf(settings.documents().stream().map(DocumentEntry::path).toList());
    assertThat(material.documents())
        .allSatisfy(document -> assertThat(document.passages()).isNotEmpty());
  }

  @Test
  void everyFileOfTheDocsFolderIsNamedInTheConfiguration() throws Exception {
    try (Stream<Path> files = Files.list(SAMPLE.resolve("docs"))) {
      List<String> onDisk = files.map(file -> "docs/" + file.getFileName()).sorted().toList();

      assertThat(settings().documents())
          .extracting(DocumentEntry::path)
          .containsExactlyInAnyOrderElementsOf(onDisk);
    }
  }

  @Test
  void theSampleAnswersAboutRegistrationAndWorkshops() throws Exception {
    try (LuceneKnowledge knowledge = LuceneKnowledge.inMemory(settings())) {
      assertThat(
              knowledge.search(
                  new PassageQuery(
                      List.of("registration", "desk"), List.of("registration desk"), 5)))
          .isNotEmpty();
      assertThat(knowledge.search(new PassageQuery(List.of("workshops"), List.of(), 5)))
          .isNotEmpty();
    }
  }
}
