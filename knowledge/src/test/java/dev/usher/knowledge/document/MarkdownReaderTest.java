package dev.usher.knowledge.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

  private static ReadDocument read(String markdown) throws UnreadableDocumentException {
    return DocumentReader.read("guide.md", markdown.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> paragraphs(String markdown) throws UnreadableDocumentException {
    return read(markdown).blocks().stream().filter(b -> !b.heading()).map(Block::text).toList();
  }

  @Test
  void aWrappedParagraphIsOneLineAndEachListItemKeepsItsOwn() throws Exception {
    // given
    String markdown =
        """
        The registration desk opens at eight
        in the morning, and closes
        at six.
        Bring your ticket:
        - a printed copy, or
          the QR code on your phone
        * your ID
        1. Queue at desk A.
        2. Collect your badge.
        """;

    // when
    List<String> paragraphs = paragraphs(markdown);

    // then
    assertThat(paragraphs)
        .containsExactly(
            "The registration desk opens at eight in the morning, and closes at six. Bring your ticket:",
            "• a printed copy, or the QR code on your phone",
            "• your ID",
            "1. Queue at desk A.",
            "2. Collect your badge.");
  }

  @Test
  void hardBreaksAndQuestionAnswerLinesKeepTheirLines() throws Exception {
    List<String> paragraphs =
        paragraphs(
            """
            Venue Hall \s
            Main Street 1

            Q: Can I park
            at the venue?
            A: Yes, in the
            garage.
            """);

    assertThat(paragraphs)
        .containsExactly(
            "Venue Hall\nMain Street 1", "Q: Can I park at the venue?\nA: Yes, in the garage.");
  }

  @Test
  void noMarkdownSyntaxReachesTheText() throws Exception {
    // given
    String markdown =
        """
        Setext title
        ============

        **Bold**, __strong__, *em*, _em_ and `code`, but snake_case_name stays.
        See [the map](https://example.org/map) or [the site][site], ![a photo](photo.jpg) and <https://example.org>.
        Prices \\*may\\* change.

        [site]: https://example.org

        ---
        > Quoted **advice**.
        """;

    // when
    ReadDocument document = read(markdown);

    // then
    assertThat(document.blocks())
        .containsExactly(
            Block.heading("Setext title", 1),
            Block.paragraph(
                "Bold, strong, em, em and code, but snake_case_name stays. See the map or the site, and"
                    + " https://example.org. Prices *may* change."),
            Block.paragraph("Quoted advice."));
  }

  @Test
  void htmlInsideMarkdownIsReadAsHtml() throws Exception {
    // given
    String markdown =
        """
        Q&amp;A after each talk,<br>in the &lt;b&gt;main&lt;/b&gt; hall. <span class="x">Free</span> coffee.

        <details>
        <summary>Is there childcare?</summary>

        Yes, in **room 3**.
        </details>
        """;

    // when
    List<String> paragraphs = paragraphs(markdown);

    // then
    assertThat(paragraphs)
        .containsExactly(
            "Q&A after each talk, in the main hall. Free coffee.",
            "Is there childcare?\nYes, in room 3.");
  }

  @Test
  void struckThroughTextIsDropped() throws Exception {
    assertThat(paragraphs("Tickets cost ~~50 €~~ 80 €, <del>free</del> lunch included."))
        .containsExactly("Tickets cost 80 €, lunch included.");
  }

  @Test
  void aTableRowNamesItsValuesByTheHeaderRow() throws Exception {
    List<String> paragraphs =
        paragraphs(
            """
            | Day | Room |
            |-----|:----:|
            | Monday | Hall A |
            | Tuesday | |
            """);

    assertThat(paragraphs).containsExactly("Day: Monday | Room: Hall A", "Day: Tuesday");
  }
}
