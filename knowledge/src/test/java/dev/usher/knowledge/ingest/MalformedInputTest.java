package dev.usher.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.usher.core.knowledge.IngestReport;
import dev.usher.core.knowledge.IngestReport.Problem;
import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.PassageQuery;
import dev.usher.knowledge.ConferenceFolder;
import dev.usher.knowledge.LuceneKnowledge;
import dev.usher.knowledge.schedule.ScheduleFiles;
import dev.usher.knowledge.schedule.ScheduleReading;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bad file is reported with its name and the reason, and skipped; the good document next to it
 * is indexed all the same.
 */
class MalformedInputTest {
  private static final String GOOD_DOCUMENT =
      """
      # Airship hangar

      The zeppelin hangar hosts the closing party on Friday evening.
      """;

  @TempDir Path root;
  private ConferenceFolder conference;

  @BeforeEach
  void writeTheGoodDocument() {
    conference = ConferenceFolder.in(root).document("docs");
    conference.write("docs/good.md", GOOD_DOCUMENT);
  }

  private static List<PassageHit> search(LuceneKnowledge knowledge, String word) {
    return knowledge.search(new PassageQuery(List.of(word), List.of(), 10));
  }

  /** Reads the folder, checks the good document is searchable, and returns the report. */
  private IngestReport ingest() {
    try (LuceneKnowledge knowledge = LuceneKnowledge.inMemory(conference.settings())) {
      assertThat(search(knowledge, "zeppelin"))
          .as("the good document is indexed despite the bad one")
          .extracting(hit -> hit.source().id())
          .containsExactly("docs/good.md");
      return knowledge.lastReport();
    }
  }

  private static void assertProblem(IngestReport report, String path, String reason) {
    assertThat(report.problems())
        .as("problems of %s", path)
        .anySatisfy(
            problem -> {
              assertThat(problem.path()).isEqualTo(path);
              assertThat(problem.reason()).contains(reason);
            });
    assertThat(report.files()).extracting(IngestReport.FileReport::path).doesNotContain(path);
  }

  @Test
  void aScheduleInsideADocumentFolderIsReadAsTheScheduleWithoutAWarning() {
    conference.schedule("docs/schedule.yaml");
    conference.write(
        "docs/schedule.yaml",
        """
        sessions:
          - id: s1
            title: Opening
            start: "2026-04-24T09:00"
            end: "2026-04-24T09:30"
        """);

    IngestReport report = ingest();

    assertThat(report.problems()).isEmpty();
    assertThat(report.sessions()).isEqualTo(1);
  }

  @Test
  void aBinaryFileNamedTxtIsReportedAndSkipped() {
    conference.write(
        "docs/picture.txt",
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});

    assertProblem(ingest(), "docs/picture.txt", "binary content");
  }

  @Test
  void anEmptyFileIsReportedAndSkipped() {
    conference.write("docs/empty.md", new byte[0]);

    assertProblem(ingest(), "docs/empty.md", "the file is empty");
  }

  @Test
  void aFileWithHeadingsButNoTextIsReportedAndSkipped() {
    conference.write("docs/headings.md", "# Only\n\n## Headings\n");

    assertProblem(ingest(), "docs/headings.md", "no text");
  }

  @Test
  void latin1TextIsReportedAsNotUtf8AndSkipped() {
    conference.write(
        "docs/latin1.txt",
        "Café Bergsträßer: à côté de la salle".getBytes(StandardCharsets.ISO_8859_1));

    assertProblem(ingest(), "docs/latin1.txt", "not UTF-8");
  }

  @Test
  void aFileOverTheConfiguredLimitIsReportedWithItsSizeAndSkipped() {
    conference.maxFileBytes(1024);
    conference.write("docs/big.txt", "Big words. ".repeat(300));

    IngestReport report = ingest();

    assertProblem(report, "docs/big.txt", "4 KB is over the limit of 1 KB");
  }

  @Test
  void aFiftyMegabyteFileIsSkippedWithTheDefaultLimitWithoutReadingIt() throws Exception {
    Path huge = conference.folder().resolve("docs/huge.txt");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(50L * 1024 * 1024); // sparse: costs no disk and is never read
    }

    assertProblem(ingest(), "docs/huge.txt", "50.0 MB is over the limit of 20.0 MB");
  }

  @Test
  void aPathWithDotDotOutsideTheFolderIsRefused() {
    Path secret = writeOutside("secret.txt", "The admin password is hunter2.");
    conference.document("../outside/secret.txt").document(secret.toString());

    try (LuceneKnowledge knowledge = LuceneKnowledge.inMemory(conference.settings())) {
      assertThat(search(knowledge, "password")).isEmpty();
      assertProblem(
          knowledge.lastReport(), "../outside/secret.txt", "outside the conference folder");
      assertProblem(knowledge.lastReport(), secret.toString(), "outside the conference folder");
      assertThat(search(knowledge, "zeppelin")).isNotEmpty();
    }
  }

  @Test
  void aSymlinkInsideTheFolderToAFileOutsideIsRefused() throws Exception {
    Path secret = writeOutside("secret.txt", "The admin password is hunter2.");
    Files.createSymbolicLink(conference.folder().resolve("docs/link.txt"), secret);
    conference.document("docs/link.txt");

    try (LuceneKnowledge knowledge = LuceneKnowledge.inMemory(conference.settings())) {
      assertThat(search(knowledge, "password")).isEmpty();
      assertProblem(
          knowledge.lastReport(),
          "docs/link.txt",
          "a link to a file outside the conference folder");
      assertThat(search(knowledge, "zeppelin")).isNotEmpty();
    }
  }

  @Test
  void aSymlinkToAFolderOutsideIsNotFollowed() throws Exception {
    writeOutside("secret.txt", "The admin password is hunter2.");
    Files.createSymbolicLink(
        conference.folder().resolve("docs/elsewhere"), root.resolve("outside"));

    try (LuceneKnowledge knowledge = LuceneKnowledge.inMemory(conference.settings())) {
      assertThat(search(knowledge, "password")).isEmpty();
      assertThat(knowledge.lastReport().files())
          .extracting(IngestReport.FileReport::path)
          .containsExactly("docs/good.md");
      assertProblem(
          knowledge.lastReport(),
          "docs/elsewhere",
          "a link to a folder outside the conference folder");
    }
  }

  @Test
  void aFifoInTheFolderIsReportedAndNeverRead() throws Exception {
    // given: named pipes with no writer, which block whoever opens them for reading
    Path document = conference.folder().resolve("docs/pipe.md");
    Path schedule = conference.folder().resolve("pipe.ics");
    Process mkfifo = new ProcessBuilder("mkfifo", document.toString(), schedule.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    conference.schedule("pipe.ics");

    // when
    try (LuceneKnowledge knowledge =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> LuceneKnowledge.inMemory(conference.settings()))) {
      // then
      assertProblem(knowledge.lastReport(), "docs/pipe.md", "not a regular file");
      assertProblem(knowledge.lastReport(), "pipe.ics", "not a regular file");
      assertThat(search(knowledge, "zeppelin")).isNotEmpty();
    }
  }

  @Test
  void aSymlinkInsideTheFolderToAFileInsideIsRead() throws Exception {
    Path target =
        conference.write("shared/venue.md", "# Venue\n\nThe venue has a rooftop terrace.\n");
    Files.createSymbolicLink(conference.folder().resolve("docs/venue.md"), target);

    try (LuceneKnowledge knowledge = LuceneKnowledge.inMemory(conference.settings())) {
      assertThat(search(knowledge, "terrace"))
          .extracting(hit -> hit.source().id())
          .containsExactly("docs/venue.md");
      assertThat(knowledge.lastReport().problems()).isEmpty();
    }
  }

  @Test
  void aCorruptPdfIsReportedAndSkipped() {
    conference.write(
        "docs/slides.pdf",
        "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage".getBytes(StandardCharsets.US_ASCII));

    assertProblem(ingest(), "docs/slides.pdf", "not a readable PDF");
  }

  @Test
  void aMissingFileIsReportedAsNotFound() {
    conference.document("docs/missing.md");

    assertProblem(ingest(), "docs/missing.md", "not found");
  }

  @Test
  void aFileOfAnotherTypeIsReportedAndHiddenFilesAreIgnored() {
    conference.write("docs/photo.jpg", new byte[] {1, 2, 3});
    conference.write("docs/.DS_Store", new byte[] {0, 0, 0, 1});

    IngestReport report = ingest();

    assertProblem(report, "docs/photo.jpg", "not a document type");
    assertThat(report.problems()).extracting(Problem::path).doesNotContain("docs/.DS_Store");
  }

  @Test
  void theConferencesOwnSettingsAtTheTopOfTheFolderAreNeitherReadNorReportedAsDocuments() {
    // given: the whole folder as documents, with its settings at the top and a stray copy below
    ConferenceFolder whole = ConferenceFolder.in(root).document(".");
    whole.write("usher.yaml", "name: Settings Conf\ntimezone: Europe/Berlin\n");
    whole.write("answers.yaml", "- questions: [\"is there a cloakroom?\"]\n  answer: \"Yes.\"\n");
    whole.write("docs/usher.yaml", "name: a stray copy\n");

    // when
    IngestReport report;
    try (LuceneKnowledge knowledge = LuceneKnowledge.inMemory(whole.settings())) {
      report = knowledge.lastReport();
    }

    // then
    assertThat(report.problems())
        .extracting(Problem::path)
        .doesNotContain("usher.yaml", "answers.yaml");
    assertProblem(report, "docs/usher.yaml", "not a document type");
    assertThat(report.files()).extracting(IngestReport.FileReport::path).contains("docs/good.md");
  }

  @Test
  void everyBadFileAtOnceIsReportedWhileTheGoodOneIsRead() throws Exception {
    // given
    conference.maxFileBytes(1024);
    conference.write("docs/a-binary.txt", new byte[] {0, 1, 2, 3});
    conference.write("docs/b-empty.txt", new byte[0]);
    conference.write("docs/c-latin1.txt", "Café".getBytes(StandardCharsets.ISO_8859_1));
    conference.write("docs/d-big.md", "word ".repeat(1000));
    conference.write("docs/e-broken.pdf", "%PDF-1.4 broken".getBytes(StandardCharsets.US_ASCII));
    conference.document("docs/f-missing.md");
    List<IngestReport.FileReport> progress = new ArrayList<>();

    // when
    ConferenceMaterial material = new ConferenceReader(conference.settings(), progress::add).read();

    // then
    assertThat(material.documents()).extracting(SourceDocument::id).containsExactly("docs/good.md");
    assertThat(material.problems())
        .extracting(Problem::path)
        .containsExactlyInAnyOrder(
            "docs/a-binary.txt",
            "docs/b-empty.txt",
            "docs/c-latin1.txt",
            "docs/d-big.md",
            "docs/e-broken.pdf",
            "docs/f-missing.md");
    assertThat(material.problems())
        .allSatisfy(problem -> assertThat(problem.reason()).isNotBlank());
    assertThat(progress).extracting(IngestReport.FileReport::path).containsExactly("docs/good.md");
  }

  @Test
  void aLinkLoopIsReportedInPlainWords() throws Exception {
    Path docs = conference.folder().resolve("docs");
    Files.createSymbolicLink(docs.resolve("loop-a.md"), docs.resolve("loop-b.md"));
    Files.createSymbolicLink(docs.resolve("loop-b.md"), docs.resolve("loop-a.md"));
    conference.document("docs/loop-a.md");

    IngestReport report = ingest();

    assertProblem(report, "docs/loop-a.md", "skipped: a broken link (a link loop)");
  }

  @Test
  void aScheduleThatCannotBeReadGivesTheReasonNotJavasExceptionText() throws Exception {
    Path folderNamedJson = Files.createDirectories(root.resolve("schedule.json"));

    ScheduleReading reading = ScheduleFiles.read(folderNamedJson, "schedule.json", ZoneOffset.UTC);

    assertThat(reading.problems())
        .extracting(Problem::reason)
        .containsExactly("could not be read: is a folder");
  }

  @Test
  void noProblemShowsJavaExceptionText() throws Exception {
    // given every kind of bad file at once, with a link loop and a broken PDF that make Java throw
    Path docs = conference.folder().resolve("docs");
    conference.write("docs/a-binary.txt", new byte[] {0, 1, 2, 3});
    conference.write("docs/c-latin1.txt", "Café".getBytes(StandardCharsets.ISO_8859_1));
    conference.write("docs/e-broken.pdf", "%PDF-1.4 broken".getBytes(StandardCharsets.US_ASCII));
    conference.write(
        "docs/g-truncated.pdf",
        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.US_ASCII));
    Files.createSymbolicLink(docs.resolve("loop.md"), docs.resolve("loop.md"));
    Files.createSymbolicLink(docs.resolve("dangling.md"), root.resolve("nowhere.md"));
    conference.document("docs/loop.md").document("docs/dangling.md").document("docs/missing.md");

    // when
    ConferenceMaterial material = new ConferenceReader(conference.settings(), file -> {}).read();

    // then
    assertThat(material.problems()).hasSizeGreaterThanOrEqualTo(7);
    assertThat(material.problems())
        .allSatisfy(
            problem ->
                assertThat(problem.reason())
                    .doesNotContainPattern(
                        "Exception|java\\.|javax\\.|/tmp/|"
                            + java.util.regex.Pattern.quote(root.toString())));
  }

  private Path writeOutside(String name, String text) {
    try {
      Path outside = Files.createDirectories(root.resolve("outside"));
      return Files.writeString(outside.resolve(name), text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
