package dev.usher.knowledge.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {

  /** A paragraph of {@code words} words, each tagged with {@code tag} so its section is visible. */
  private static String paragraph(String tag, int words) {
    return IntStream.range(0, words).mapToObj(i -> tag + i).collect(Collectors.joining(" "));
  }

  /** Sentences of ten words each, {@code sentences} of them. */
  private static String sentences(String tag, int sentences) {
    return IntStream.range(0, sentences)
        .mapToObj(s -> "Rule " + paragraph(tag + s + "x", 8) + " end.")
        .collect(Collectors.joining(" "));
  }

  private static ReadDocument document(Block... blocks) {
    return new ReadDocument("doc", List.of(blocks));
  }

  @Test
  void splittingStopsSoonAfterTheLimitAndKeepsTheFirstPassagesAsAWholeSplitWould() {
    // given a thousand paragraphs of 70 words, each a passage of its own
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      blocks.add(Block.paragraph(paragraph("p" + i + "w", 70)));
    }
    ReadDocument manyPassages = new ReadDocument("doc", blocks);

    // when
    List<Passage> bounded = PassageSplitter.split(manyPassages, 10);

    // then one more than the limit says there is more, and those are the whole split's first ones
    assertThat(bounded).hasSize(11);
    assertThat(bounded).isEqualTo(PassageSplitter.split(manyPassages).subList(0, 11));
  }

  @Test
  void passagesStayNearTheTargetSizeAndUnderTheMaximum() {
    // given: ten paragraphs of 50 words under one heading
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.heading("Venue"));
    for (int i = 0; i < 10; i++) {
      blocks.add(Block.paragraph(paragraph("p" + i + "w", 50)));
    }

    // when
    List<Passage> passages = PassageSplitter.split(new ReadDocument("doc", blocks));

    // then: all 500 words are kept, in passages of 120 to 220 words but the tail
    assertThat(passages).allSatisfy(p -> assertThat(p.section()).isEqualTo("Venue"));
    assertThat(passages.stream().mapToInt(p -> PassageSplitter.wordCount(p.text())).sum())
        .isEqualTo(500);
    assertThat(passages.subList(0, passages.size() - 1))
        .allSatisfy(
            p ->
                assertThat(PassageSplitter.wordCount(p.text()))
                    .isBetween(PassageSplitter.TARGET_WORDS, PassageSplitter.MAX_WORDS));
    assertThat(passages)
        .extracting(Passage::ordinal)
        .containsExactlyElementsOf(IntStream.range(0, passages.size()).boxed().toList());
  }

  @Test
  void aPassageNeverCrossesAHeading() {
    // given: two short sections
    ReadDocument document =
        document(
            Block.heading("Wifi"),
            Block.paragraph(paragraph("wifi", 30)),
            Block.heading("Lunch"),
            Block.paragraph(paragraph("lunch", 30)),
            Block.paragraph(paragraph("food", 10)));

    // when
    List<Passage> passages = PassageSplitter.split(document);

    // then
    assertThat(passages).extracting(Passage::section).containsExactly("Wifi", "Lunch");
    assertThat(passages.get(0).text()).contains("wifi0").doesNotContain("lunch");
    assertThat(passages.get(1).text()).contains("lunch0", "food9").doesNotContain("wifi");
  }

  @Test
  void aShortTailJoinsThePassageBeforeItInTheSameSection() {
    ReadDocument document =
        document(
            Block.heading("Hours"),
            Block.paragraph(paragraph("a", 130)),
            Block.paragraph("Closed on Sunday."));

    List<Passage> passages = PassageSplitter.split(document);

    assertThat(passages).hasSize(1);
    assertThat(passages.get(0).text()).endsWith("Closed on Sunday.");
  }

  @Test
  void consecutiveHeadingsTogetherNameTheSection() {
    ReadDocument document =
        document(
            Block.heading("Keynote"),
            Block.heading("Ada Lovelace"),
            Block.paragraph("On engines."));

    assertThat(PassageSplitter.split(document))
        .singleElement()
        .extracting(Passage::section)
        .isEqualTo("Keynote\nAda Lovelace");
  }

  @Test
  void aVeryLongParagraphIsCutBetweenSentences() {
    // given: one paragraph of 60 ten-word sentences (600 words)
    ReadDocument document = document(Block.heading("Rules"), Block.paragraph(sentences("s", 60)));

    // when
    List<Passage> passages = PassageSplitter.split(document);

    // then
    assertThat(passages).hasSizeGreaterThan(1);
    assertThat(passages)
        .allSatisfy(
            p -> {
              assertThat(p.section()).isEqualTo("Rules");
              assertThat(p.text()).endsWith("end.");
              assertThat(PassageSplitter.wordCount(p.text()))
                  .isLessThanOrEqualTo(PassageSplitter.MAX_WORDS);
            });
    assertThat(passages.stream().mapToInt(p -> PassageSplitter.wordCount(p.text())).sum())
        .isEqualTo(600);
  }

  @Test
  void textBeforeTheFirstHeadingHasAnEmptySection() {
    List<Passage> passages =
        PassageSplitter.split(
            document(
                Block.paragraph("Welcome all."),
                Block.heading("Venue"),
                Block.paragraph("Hall A.")));

    assertThat(passages).extracting(Passage::section).containsExactly("", "Venue");
  }

  @Test
  void aDocumentWithoutTextHasNoPassages() {
    assertThat(PassageSplitter.split(document(Block.heading("Only a heading")))).isEmpty();
  }

  @Test
  void anIntroEndingInAColonStaysInThePassageOfTheListAfterIt() {
    // given: a passage nearly full, then "Directions:" and its steps, then more text
    ReadDocument document =
        document(
            Block.heading("Getting there"),
            Block.paragraph(paragraph("a", 110)),
            Block.paragraph("Directions:"),
            Block.paragraph("1. Take the S1 to Central."),
            Block.paragraph("2. Walk north for five minutes."),
            Block.paragraph("3. Enter by the east door."),
            Block.paragraph(paragraph("b", 100)));

    // when
    List<Passage> passages = PassageSplitter.split(document);

    // then
    assertThat(passages)
        .filteredOn(p -> p.text().contains("Directions:"))
        .singleElement()
        .satisfies(
            p -> assertThat(p.text()).contains("1. Take", "2. Walk", "3. Enter by the east door."));
  }

  @Test
  void aQuestionAndItsAnswerAreNeverInDifferentPassages() {
    // given: Q/A lines, and a plain question paragraph, each at the point where a passage is full
    ReadDocument document =
        document(
            Block.heading("FAQ"),
            Block.paragraph(paragraph("a", 115)),
            Block.paragraph("Q: Can I get a refund for my ticket?"),
            Block.paragraph("A: Yes, until the first of May, by writing to the registration desk."),
            Block.paragraph(paragraph("b", 115)),
            Block.paragraph("Is there a cloakroom?"),
            Block.paragraph("Yes, next to the main entrance."));

    // when
    List<Passage> passages = PassageSplitter.split(document);

    // then
    assertThat(passages)
        .filteredOn(p -> p.text().contains("Q: Can I get a refund"))
        .singleElement()
        .satisfies(p -> assertThat(p.text()).contains("A: Yes, until the first of May"));
    assertThat(passages)
        .filteredOn(p -> p.text().contains("Is there a cloakroom?"))
        .singleElement()
        .satisfies(p -> assertThat(p.text()).contains("Yes, next to the main entrance."));
  }

  @Test
  void aQuestionHeadingKeepsEvenAOneWordAnswerUnderIt() {
    ReadDocument document =
        document(
            Block.heading("Is there parking?", 2),
            Block.paragraph("Yes."),
            Block.heading("Can I bring my dog?", 2),
            Block.paragraph("Only service animals are allowed in the halls."));

    List<Passage> passages = PassageSplitter.split(document);

    assertThat(passages)
        .extracting(Passage::section, Passage::text)
        .containsExactly(
            tuple("Is there parking?", "Yes."),
            tuple("Can I bring my dog?", "Only service animals are allowed in the halls."));
  }

  @Test
  void aHeadingWithNothingUnderItIsNeitherAPassageNorTheNameOfTheNextSection() {
    // given: "Wi-Fi" with nothing under it, "Lunch" under the title, and a last empty heading
    ReadDocument document =
        document(
            Block.heading("Attendee guide", 1),
            Block.heading("Wi-Fi", 2),
            Block.heading("Lunch", 2),
            Block.paragraph("Lunch is served at noon in the foyer."),
            Block.heading("Parking", 2),
            Block.paragraph("Parking"),
            Block.heading("Badges", 2));

    // when
    List<Passage> passages = PassageSplitter.split(document);

    // then
    assertThat(passages)
        .extracting(Passage::section, Passage::text)
        .containsExactly(tuple("Attendee guide\nLunch", "Lunch is served at noon in the foyer."));
  }

  @Test
  void noPassageOnlyRepeatsItsHeading() {
    ReadDocument document =
        document(
            Block.heading("Wi-Fi"),
            Block.paragraph("Wi-Fi:"),
            Block.paragraph("•"),
            Block.heading("Lunch"));

    assertThat(PassageSplitter.split(document)).isEmpty();
  }
}
