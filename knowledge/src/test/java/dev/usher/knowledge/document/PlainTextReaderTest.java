package dev.usher.knowledge.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

  @Test
  void wrappedLinesAreJoinedWhileTitlesListItemsAndLabelsKeepTheirLines() {
    // given
    String text =
        """
        Registration desk and badges

        The registration desk opens at eight in the morning on Monday, and
        it closes at six in the evening. Bring your ticket with you as a
        printed copy or on your phone.
        Directions:
        1. Take the S1 to Central
           station and change.
        2. Walk north.
        Time: 18:30 – 21:00
        Room: B2.105
        """;

    // when
    var blocks = PlainTextReader.blocks(text);

    // then
    assertThat(blocks)
        .containsExactly(
            Block.heading("Registration desk and badges"),
            Block.paragraph(
                "The registration desk opens at eight in the morning on Monday, and it closes at six in the"
                    + " evening. Bring your ticket with you as a printed copy or on your phone."),
            Block.paragraph("Directions:"),
            Block.paragraph("1. Take the S1 to Central station and change."),
            Block.paragraph("2. Walk north."),
            Block.paragraph("Time: 18:30 – 21:00"),
            Block.paragraph("Room: B2.105"));
  }
}
