package dev.usher.knowledge.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfReaderTest {

  /** Text at a place on a page, in points from the bottom left. */
  private record Text(float x, float y, float size, String text) {}

  /** A handbook page: a running header and footer around the given body lines. */
  private static List<Text> page(int number, String... body) {
    List<Text> texts = new ArrayList<>();
    texts.add(new Text(72, 750, 9, "ICML 2026 Handbook " + number));
    float y = 700;
    for (String line : body) {
      texts.add(new Text(72, y, 11, line));
      y -= 14;
    }
    texts.add(new Text(280, 40, 9, "Page " + number + " / 3"));
    return texts;
  }

  private static byte[] pdf(List<List<Text>> pages) throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (List<Text> texts : pages) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          for (Text text : texts) {
            content.beginText();
            content.setFont(font, text.size());
            content.newLineAtOffset(text.x(), text.y());
            content.showText(text.text());
            content.endText();
          }
        }
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  private static List<String> texts(ReadDocument document) {
    return document.blocks().stream().map(Block::text).toList();
  }

  @Test
  void runningHeadersAndFootersAreDropped() throws Exception {
    // given
    byte[] pdf =
        pdf(
            List.of(
                page(1, "Welcome to the conference, held this year in the old harbour town."),
                page(2, "The poster session is on Tuesday in the main exhibition hall."),
                page(3, "Lunch is served every day in the foyer of the north building.")));

    // when
    ReadDocument document = DocumentReader.read("handbook.pdf", pdf);

    // then
    assertThat(String.join("\n", texts(document)))
        .contains("Welcome to the conference", "poster session", "Lunch is served")
        .doesNotContain("Handbook", "Page", "/ 3");
  }

  @Test
  void aWordHyphenatedAtALineEndIsRejoinedAndWrappedLinesAreOneParagraph() throws Exception {
    // given
    byte[] pdf =
        pdf(
            List.of(
                page(
                    1,
                    "Registration is at the desk by the main en-",
                    "trance of the building, where the Wi-Fi code is also",
                    "handed out to every attendee who asks for it.")));

    // when
    ReadDocument document = DocumentReader.read("handbook.pdf", pdf);

    // then
    assertThat(texts(document))
        .contains(
            "Registration is at the desk by the main entrance of the building, where the Wi-Fi code is"
                + " also handed out to every attendee who asks for it.");
  }

  @Test
  void labelsWithValuesAndTimesAreNotHeadings() throws Exception {
    // given
    byte[] pdf =
        pdf(
            List.of(
                page(
                    1, "Conference dinner", "Time: 18:30 – 21:00", "Room: B2.105", "18:30 – 21:00"),
                page(
                    2, "Buses back to the hotels leave from the main entrance after the dinner.")));

    // when
    ReadDocument document = DocumentReader.read("handbook.pdf", pdf);

    // then
    assertThat(document.blocks().stream().filter(Block::heading).map(Block::text))
        .containsExactly("Conference dinner");
    assertThat(PassageSplitter.split(document))
        .first()
        .satisfies(
            p -> {
              assertThat(p.section()).isEqualTo("Conference dinner");
              assertThat(p.text()).contains("Time: 18:30 – 21:00", "Room: B2.105");
            });
  }

  @Test
  void aTableRowKeepsTheNamesOfItsColumns() throws Exception {
    // given: a header line of column names over two rows, in columns far apart
    List<Text> texts = new ArrayList<>(page(1, "Tutorials"));
    texts.removeIf(text -> text.text().startsWith("Page") || text.text().startsWith("ICML"));
    float[] columns = {72, 200, 330};
    String[][] rows = {
      {"Tutorial", "Room", "Time"},
      {"Intro to JAX", "B2.105", "09:00"},
      {"Probabilistic ML", "Hall A", "14:00"}
    };
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < columns.length; c++) {
        texts.add(new Text(columns[c], 660 - 14 * r, 11, rows[r][c]));
      }
    }

    // when
    ReadDocument document = DocumentReader.read("handbook.pdf", pdf(List.of(texts)));

    // then
    assertThat(texts(document))
        .contains(
            "Tutorial: Intro to JAX | Room: B2.105 | Time: 09:00",
            "Tutorial: Probabilistic ML | Room: Hall A | Time: 14:00");
  }
}
