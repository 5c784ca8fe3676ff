package dev.usher.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.reply.Snippet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerWindowTest {

  @Test
  void aHeadingAloneIsNeverTheQuote() {
    // given a passage whose heading holds the matched word and whose text does not
    String heading = "Weapons Policy";
    String text =
        heading + "\nNo weapons are allowed at the venue. This includes knives of any size.";
    Snippet passage = new Snippet(text, List.of(new Snippet.Span(0, 7)));

    // when the quote is chosen with the heading marked as such
    Snippet quote = AnswerWindow.choose(passage, Intent.ANY, 600, heading.length());

    // then it quotes the text under the heading
    assertThat(quote.text()).startsWith("No weapons are allowed").doesNotContain("Weapons Policy");
  }
}
