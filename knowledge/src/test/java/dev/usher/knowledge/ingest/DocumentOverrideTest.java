package dev.usher.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.knowledge.ConferenceFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code {path, title, url}} entry for one file applies however {@code documents:} is ordered:
 * the entry that names a file most closely gives its title and url, not the one listed first.
 */
class DocumentOverrideTest {
  private static final DocumentEntry WIFI_PAGE =
      new DocumentEntry(
          "docs/wifi.txt",
          Optional.of("Wi-Fi at the venue"),
          Optional.of("https://example.org/wifi"));

  @TempDir Path root;

  private List<SourceDocument> read(DocumentEntry... entries) {
    ConferenceFolder conference = ConferenceFolder.in(root);
    conference.write("docs/wifi.txt", "The network is called venue-guest and needs no password.\n");
    conference.write("docs/food.txt", "Lunch is served in the foyer from noon.\n");
    for (DocumentEntry entry : entries) {
      conference.document(entry);
    }
    return new ConferenceReader(conference.settings(), file -> {}).read().documents();
  }

  private static SourceDocument document(List<SourceDocument> documents, String id) {
    return documents.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theFileEntryAppliesWhenItsFolderIsListedFirst() {
    List<SourceDocument> documents = read(DocumentEntry.of("docs"), WIFI_PAGE);

    assertThat(documents)
        .extracting(SourceDocument::id)
        .containsExactly("docs/food.txt", "docs/wifi.txt");
    assertThat(document(documents, "docs/wifi.txt").title()).isEqualTo("Wi-Fi at the venue");
    assertThat(document(documents, "docs/wifi.txt").url()).contains("https://example.org/wifi");
  }

  @Test
  void theFileEntryAppliesWhenTheWholeFolderIsListedFirstAsDot() {
    List<SourceDocument> documents = read(DocumentEntry.of("."), WIFI_PAGE);

    assertThat(document(documents, "docs/wifi.txt").title()).isEqualTo("Wi-Fi at the venue");
  }

  @Test
  void bothOrdersGiveTheSameDocuments() {
    List<SourceDocument> folderFirst = read(DocumentEntry.of("docs"), WIFI_PAGE);
    List<SourceDocument> fileFirst = read(WIFI_PAGE, DocumentEntry.of("docs"));

    assertThat(folderFirst)
        .extracting(SourceDocument::title)
        .containsExactlyInAnyOrderElementsOf(
            fileFirst.stream().map(SourceDocument::title).toList());
    assertThat(folderFirst)
        .extracting(SourceDocument::url)
        .containsExactlyInAnyOrderElementsOf(fileFirst.stream().map(SourceDocument::url).toList());
  }

  @Test
  void aFileEntryWithOnlyATitleKeepsTheUrlItsFolderGives() {
    DocumentEntry folderWithUrl =
        new DocumentEntry("docs", Optional.empty(), Optional.of("https://example.org/docs"));
    DocumentEntry titleOnly =
        new DocumentEntry("docs/wifi.txt", Optional.of("Wi-Fi at the venue"), Optional.empty());

    List<SourceDocument> documents = read(folderWithUrl, titleOnly);

    assertThat(document(documents, "docs/wifi.txt").title()).isEqualTo("Wi-Fi at the venue");
    assertThat(document(documents, "docs/wifi.txt").url()).contains("https://example.org/docs");
    assertThat(document(documents, "docs/food.txt").url()).contains("https://example.org/docs");
  }

  @Test
  void theNearestFolderGivesTheUrlWhenTwoFoldersHoldTheFile() {
    DocumentEntry everything =
        new DocumentEntry(".", Optional.empty(), Optional.of("https://example.org/"));
    DocumentEntry docs =
        new DocumentEntry("docs", Optional.empty(), Optional.of("https://example.org/docs"));

    List<SourceDocument> documents = read(everything, docs);

    assertThat(document(documents, "docs/food.txt").url()).contains("https://example.org/docs");
  }
}
