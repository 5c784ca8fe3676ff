package dev.usher.knowledge.document;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * PDF through PDFBox: its text page by page without the running headers and footers (see {@link
 * PdfPages}), words hyphenated at a line end rejoined, table rows given their column names, then
 * read as plain text; the title from the PDF's metadata if set.
 */
final class PdfReader {
  /** "en-" at a line end and "trance" on the next: one word. "Wi-Fi" keeps its hyphen. */
  private static final Pattern HYPHENATED = Pattern.compile("(\\p{Ll})-\\n(\\p{Ll})");

  private PdfReader() {}

  static ReadDocument read(byte[] content, String fallbackTitle) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(content)) {
      String text = PdfPages.withoutRunningLines(PdfPages.pages(pdf));
      text = HYPHENATED.matcher(text).replaceAll("$1$2");
      ReadDocument read = PlainTextReader.read(PdfTable.rows(text), fallbackTitle);
      Optional<String> metadataTitle =
          Optional.ofNullable(pdf.getDocumentInformation().getTitle()).filter(t -> !t.isBlank());
      return new ReadDocument(metadataTitle.orElse(read.title()), read.blocks());
    }
  }
}
