package dev.usher.knowledge.document;

import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** PDF through PDFBox: its text, read as plain text; the title from the PDF's metadata if set. */
final class PdfReader {
  private PdfReader() {}

  static ReadDocument read(byte[] content, String fallbackTitle) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(content)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setParagraphEnd("\n\n");
      ReadDocument text = PlainTextReader.read(stripper.getText(pdf), fallbackTitle);
      Optional<String> metadataTitle =
          Optional.ofNullable(pdf.getDocumentInformation().getTitle()).filter(t -> !t.isBlank());
      return new ReadDocument(metadataTitle.orElse(text.title()), Optional.empty(), text.blocks());
    }
  }
}
