package dev.usher.knowledge.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  private static List<String> paragraphs(String html) throws UnreadableDocumentException {
    ReadDocument document = DocumentReader.read("page.html", html.getBytes(StandardCharsets.UTF_8));
    return document.blocks().stream().filter(b -> !b.heading()).map(Block::text).toList();
  }

  @Test
  void sourceLineBreaksAndLinksInsideAParagraphDoNotCutItsSentences() throws Exception {
    // given: a paragraph as templates write it, wrapped in the source, a link in mid-sentence
    String html =
        """
        <section>
          <p>
            Public transportation is available via the
            <a href="https://example.org/bus">GoTriangle</a>
            systems, which run to the
            airport.
          </p>
          Doors open at <strong>nine</strong>,
          every day.
          <p>The call for proposals<br>
          is open until Friday.<br>
          Room: B2.105</p>
        </section>
        """;

    // when
    List<String> paragraphs = paragraphs(html);

    // then
    assertThat(paragraphs)
        .containsExactly(
            "Public transportation is available via the GoTriangle systems, which run to the airport.",
            "Doors open at nine, every day.",
            "The call for proposals is open until Friday.\nRoom: B2.105");
  }

  @Test
  void listItemsKeepALineEachAndANestedListKeepsItsParentItem() throws Exception {
    List<String> paragraphs =
        paragraphs(
            """
            <ul>
              <li>Lunch is served
                  at noon.</li>
              <li>Options:
                <ul><li>vegan</li><li>gluten free</li></ul>
              </li>
            </ul>
            """);

    assertThat(paragraphs)
        .containsExactly("• Lunch is served at noon.", "• Options:", "• vegan", "• gluten free");
  }

  @Test
  void aTermAndItsDefinitionAreOneParagraph() throws Exception {
    List<String> paragraphs =
        paragraphs(
            """
            <dl>
              <dt>Distance:</dt><dd>🚶 2 blocks away</dd>
              <dt>Wi-Fi</dt><dd>Network <b>Guest</b>, no password</dd>
              <dt>Can I bring a guest?</dt><dd><p>Yes, with a day ticket.</p></dd>
            </dl>
            """);

    assertThat(paragraphs)
        .containsExactly(
            "Distance: 🚶 2 blocks away",
            "Wi-Fi: Network Guest, no password",
            "Can I bring a guest? Yes, with a day ticket.");
  }

  @Test
  void aDetailsSummaryAndItsBodyAreOneParagraphQuestionFirst() throws Exception {
    List<String> paragraphs =
        paragraphs(
            """
            <h2>FAQ</h2>
            <details>
              <summary>Is there childcare?</summary>
              <p>Yes, in room 3.</p>
              <p>Book it by <em>Friday</em>.</p>
            </details>
            <p>More questions? Write to us.</p>
            """);

    assertThat(paragraphs)
        .containsExactly(
            "Is there childcare?\nYes, in room 3.\nBook it by Friday.",
            "More questions? Write to us.");
  }

  @Test
  void struckThroughTextIsNotRead() throws Exception {
    List<String> paragraphs =
        paragraphs(
            """
            <p>Tickets cost <del>50 €</del> 80 €.</p>
            <p><s>Free parking for all.</s> Parking costs <strike>5 €</strike> 10 €.</p>
            """);

    assertThat(paragraphs).containsExactly("Tickets cost 80 €.", "Parking costs 10 €.");
  }

  @Test
  void entitiesAndTagsEscapedTwiceAreNotShown() throws Exception {
    List<String> paragraphs =
        paragraphs(
            """
            <p>Q&amp;A after each talk, doors at 9&amp;nbsp;am.</p>
            <p>Bring &lt;b&gt;your badge&lt;/b&gt;.&lt;br&gt;Thanks!</p>
            """);

    assertThat(paragraphs)
        .containsExactly("Q&A after each talk, doors at 9 am.", "Bring your badge.\nThanks!");
  }

  @Test
  void aTableWithAHeaderRowNamesEachValueByItsColumn() throws Exception {
    List<String> paragraphs =
        paragraphs(
            """
            <table>
              <thead><tr><th>Day</th><th>Room</th><th>Time</th></tr></thead>
              <tbody>
                <tr><td>Monday</td><td>Hall A</td><td>9:00</td></tr>
                <tr><td>Tuesday</td><td></td><td>10:00</td></tr>
              </tbody>
            </table>
            """);

    assertThat(paragraphs)
        .containsExactly("Day: Monday | Room: Hall A | Time: 9:00", "Day: Tuesday | Time: 10:00");
  }
}
