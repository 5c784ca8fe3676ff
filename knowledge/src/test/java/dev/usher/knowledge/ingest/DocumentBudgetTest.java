package dev.usher.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.knowledge.IngestReport.Problem;
import dev.usher.knowledge.ConferenceFolder;
import dev.usher.knowledge.document.Passage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One huge document is indexed only up to its budget, reported, and the others are read whole. */
class DocumentBudgetTest {
  @TempDir Path root;

  private static String paragraphs(int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                "Paragraph "
                    + i
                    + " tells the hall number and the opening hour of the venue. "
                    + "word ".repeat(60).strip()
                    + ".")
        .collect(Collectors.joining("\n\n"));
  }

  private ConferenceMaterial read(String hugeText) {
    ConferenceFolder conference = ConferenceFolder.in(root).document("docs");
    conference.write("docs/dump.txt", hugeText);
    conference.write(
        "docs/wifi.md", "# Wi-Fi\n\nThe network is called venue-guest and needs no password.\n");
    return new ConferenceReader(conference.settings(), file -> {}).read();
  }

  private static SourceDocument document(ConferenceMaterial material, String id) {
    return material.documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aDocumentWithMorePassagesThanTheBudgetKeepsTheFirstOnesAndIsReported() {
    int over = DocumentBudget.DEFAULT_MAX_PASSAGES + 500;

    ConferenceMaterial material = read(paragraphs(over));

    SourceDocument dump = document(material, "docs/dump.txt");
    assertThat(dump.passages()).hasSize(DocumentBudget.DEFAULT_MAX_PASSAGES);
    assertThat(dump.passages().get(0).text()).startsWith("Paragraph 0 ");
    assertThat(material.problems())
        .extracting(Problem::path, Problem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "docs/dump.txt",
                String.format(
                    java.util.Locale.ROOT,
                    "too large to search whole: only its first %,d passages are indexed;"
                        + " split it into smaller documents",
                    DocumentBudget.DEFAULT_MAX_PASSAGES)));
    assertThat(document(material, "docs/wifi.md").passages()).hasSize(1);
  }

  @Test
  void textWithoutSentenceBreaksIsCutAtASpaceAndReported() {
    String oneEndlessSentence = "venue ".repeat(20_000);

    ConferenceMaterial material = read(oneEndlessSentence);

    List<Passage> passages = document(material, "docs/dump.txt").passages();
    assertThat(passages)
        .allSatisfy(
            passage ->
                assertThat(passage.text().length())
                    .isLessThanOrEqualTo(DocumentBudget.DEFAULT_MAX_PASSAGE_CHARS + 2));
    assertThat(passages).allSatisfy(passage -> assertThat(passage.text()).endsWith("venue …"));
    assertThat(material.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.path()).isEqualTo("docs/dump.txt");
              assertThat(problem.reason())
                  .contains("without sentence breaks cut to 4,000 characters");
            });
  }

  @Test
  void aDocumentWithinTheBudgetIsKeptWholeWithoutAProblem() {
    ConferenceMaterial material = read(paragraphs(10));

    assertThat(document(material, "docs/dump.txt").passages()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(material.problems()).isEmpty();
  }

  @Test
  void aTextDocumentOverTheTextBudgetIsReadOnlyToItsBudgetAndReported() {
    String huge = paragraphs(25_000);
    assertThat(huge.length()).isGreaterThan(DocumentBudget.DEFAULT_MAX_TEXT_BYTES);

    ConferenceMaterial material = read(huge);

    assertThat(document(material, "docs/dump.txt").passages())
        .hasSize(DocumentBudget.DEFAULT_MAX_PASSAGES);
    assertThat(material.problems())
        .singleElement()
        .satisfies(
            problem ->
                assertThat(problem.reason())
                    .isEqualTo(
                        "too large to search whole: only its first 8 MB of text are read; only its first 3,000"
                            + " passages are indexed; split it into smaller documents"));
  }

  @Test
  void textIsCutAtALineBreakOrElseNeverInsideACharacterAndAPdfIsNeverCut() {
    DocumentBudget budget = new DocumentBudget(10, 4_000, 1024);
    byte[] lines = "a line of text\n".repeat(200).getBytes(StandardCharsets.UTF_8);
    byte[] umlauts = "ü".repeat(1000).getBytes(StandardCharsets.UTF_8);

    byte[] cutLines = budget.textWithin("notes.md", lines);
    byte[] cutUmlauts = budget.textWithin("notes.txt", umlauts);

    assertThat(cutLines.length).isLessThanOrEqualTo(1024);
    assertThat(cutLines[cutLines.length - 1]).isEqualTo((byte) '\n');
    assertThat(new String(cutUmlauts, StandardCharsets.UTF_8)).isEqualTo("ü".repeat(512));
    assertThat(budget.textWithin("slides.pdf", lines)).isSameAs(lines);
    assertThat(budget.cutsText("slides.pdf", lines)).isFalse();
  }

  @Test
  void aBudgetBelowOnePassageIsRefusedNamingTheParameter() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new DocumentBudget(0, 4_000, DocumentBudget.DEFAULT_MAX_TEXT_BYTES))
        .hasMessageContaining("maxPassages");
  }
}
