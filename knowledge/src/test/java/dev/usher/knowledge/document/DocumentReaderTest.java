package dev.usher.knowledge.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

  private static ReadDocument read(String fileName, String text)
      throws UnreadableDocumentException {
    return DocumentReader.read(fileName, text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> headings(ReadDocument document) {
    return document.blocks().stream().filter(Block::heading).map(Block::text).toList();
  }

  private static List<String> paragraphs(ReadDocument document) {
    return document.blocks().stream().filter(b -> !b.heading()).map(Block::text).toList();
  }

  @Test
  void markdownHeadingsBecomeSectionsOfThePassagesUnderThem() throws Exception {
    // given
    String markdown =
        """
        # Attendee guide

        Welcome to the conference. Read this before you arrive.

        ## Venue

        The venue is the **Riocentro** convention center, [map](https://example.org/map).

        ## Wifi ##

        The network is *ICLR-Guest*.
        """;

    // when
    ReadDocument document = read("guide.md", markdown);
    List<Passage> passages = PassageSplitter.split(document);

    // then
    assertThat(document.title()).isEqualTo("Attendee guide");
    assertThat(headings(document)).containsExactly("Attendee guide", "Venue", "Wifi");
    assertThat(paragraphs(document))
        .contains(
            "The venue is the Riocentro convention center, map.", "The network is ICLR-Guest.");
    assertThat(passages)
        .extracting(Passage::section)
        .containsExactly("Attendee guide", "Venue", "Wifi");
    assertThat(passages.get(2).text()).isEqualTo("The network is ICLR-Guest.");
  }

  @Test
  void markdownFrontMatterGivesTitleAndUrl() throws Exception {
    ReadDocument document =
        read(
            "faq.md",
            """
            ---
            title: "Frequently asked questions"
            url: https://example.org/faq
            ---
            # FAQ

            Badges are printed on site.
            """);

    assertThat(document.title()).isEqualTo("Frequently asked questions");
    assertThat(headings(document)).containsExactly("FAQ");
  }

  @Test
  void markdownHashesInsideCodeBlocksAreNotHeadings() throws Exception {
    ReadDocument document =
        read(
            "setup.md",
            """
            # Setup

            ```
            # not a heading
            ```
            """);

    assertThat(headings(document)).containsExactly("Setup");
  }

  @Test
  void htmlHeadingsAndParagraphsAreReadAndScriptsDropped() throws Exception {
    // given
    String html =
        """
        <!doctype html>
        <html><head>
          <title>Visitor information</title>
          <link rel="canonical" href="https://example.org/visit">
          <script>var tracking = "secret-token";</script>
          <style>body { color: red; }</style>
        </head><body>
          <nav><a href="/">Home</a> <a href="/menu">Menu entry</a></nav>
          <h1>Getting there</h1>
          <p>Take the   shuttle from the airport.</p>
          <script>document.write("injected text")</script>
          <h2>Lunch</h2>
          <ul><li>Lunch is served at noon.</li><li>Vegan options exist.</li></ul>
          <table><tr><td>Monday</td><td>Hall A</td></tr></table>
        </body></html>
        """;

    // when
    ReadDocument document = read("visit.html", html);

    // then
    assertThat(document.title()).isEqualTo("Visitor information");
    assertThat(headings(document)).containsExactly("Getting there", "Lunch");
    assertThat(paragraphs(document))
        .containsExactly(
            "Take the shuttle from the airport.",
            "• Lunch is served at noon.",
            "• Vegan options exist.",
            "Monday | Hall A");
    assertThat(document.blocks())
        .extracting(Block::text)
        .noneMatch(
            text ->
                text.contains("secret-token")
                    || text.contains("injected")
                    || text.contains("Menu entry")
                    || text.contains("color"));
  }

  @Test
  void htmlWithoutTitleTakesItsFirstHeading() throws Exception {
    ReadDocument document = read("page.htm", "<h2>Poster session</h2><p>Boards are 1 m wide.</p>");

    assertThat(document.title()).isEqualTo("Poster session");
  }

  @Test
  void aRealPdfIsReadWithItsTextAndMetadataTitle() throws Exception {
    // given
    byte[] pdf =
        pdf("Registration desk hours", "Registration opens at eight in the morning on Monday.");

    // when
    ReadDocument document = DocumentReader.read("hours.pdf", pdf);

    // then
    assertThat(document.title()).isEqualTo("Registration desk hours");
    assertThat(document.blocks())
        .extracting(Block::text)
        .anyMatch(text -> text.contains("Registration opens at eight in the morning on Monday."));
    assertThat(PassageSplitter.split(document)).isNotEmpty();
  }

  @Test
  void plainTextShortLinesWithoutPunctuationAreHeadings() throws Exception {
    ReadDocument document =
        read(
            "info.txt",
            "Parking\n\nThe garage under the venue has 300 spaces.\n\nShuttle\n\nEvery 20 minutes.\n");

    assertThat(headings(document)).containsExactly("Parking", "Shuttle");
    assertThat(PassageSplitter.split(document))
        .extracting(Passage::section)
        .containsExactly("Parking", "Shuttle");
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheText() throws Exception {
    ReadDocument document = read("bom.txt", "\uFEFFVenue\n\nThe venue is large.");

    assertThat(document.title()).isEqualTo("Venue");
  }

  @Test
  void emptyBinaryAndNonUtf8ContentAreRejectedWithTheReason() {
    assertThatThrownBy(() -> DocumentReader.read("empty.txt", new byte[0]))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(
            () ->
                DocumentReader.read("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("binary");
    assertThatThrownBy(
            () -> DocumentReader.read("latin1.md", "Café".getBytes(StandardCharsets.ISO_8859_1)))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("not UTF-8");
    assertThatThrownBy(
            () ->
                DocumentReader.read(
                    "broken.pdf", "%PDF-1.7\nnot really".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("not a readable PDF");
  }

  @Test
  void onlyKnownExtensionsAreDocuments() {
    assertThat(DocumentReader.isDocument("guide.MD")).isTrue();
    assertThat(DocumentReader.isDocument("page.html")).isTrue();
    assertThat(DocumentReader.isDocument("slides.pdf")).isTrue();
    assertThat(DocumentReader.isDocument("photo.jpg")).isFalse();
    assertThat(DocumentReader.isDocument("README")).isFalse();
  }

  /** A one-page PDF with {@code title} as metadata and a heading, then {@code body}. */
  static byte[] pdf(String title, String body) throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      document.getDocumentInformation().setTitle(title);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 16);
        content.newLineAtOffset(72, 700);
        content.showText(title);
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        content.newLineAtOffset(0, -40);
        content.showText(body);
        content.endText();
      }
      document.save(out);
      return out.toByteArray();
    }
  }
}
