package dev.usher.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.PassageQuery;
import dev.usher.knowledge.ingest.DocumentEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One index for the whole class: searches do not change it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LuceneKnowledgeSearchTest {
  private LuceneKnowledge knowledge;

  @BeforeAll
  void indexConference(@TempDir Path root) {
    ConferenceFolder conference = ConferenceFolder.in(root);
    conference.write(
        "parking.txt",
        "Getting there by car\n\nThe garage under the venue has 300 spaces and opens at seven.\n");
    conference.document(new DocumentEntry("parking.txt", Optional.of("Parking"), Optional.empty()));
    conference.write(
        "travel.md",
        """
        # Travel

        Most attendees arrive by metro; parking nearby is scarce and expensive, and taxis queue outside.

        # Shuttle

        A shuttle runs from the airport every twenty minutes.
        """);
    conference.write(
        "guide.md",
        """
        # Attendee guide

        Welcome! The conference has a rich programme of talks and posters in three halls.

        ## Poster boards

        Boards are one metre wide; pins are provided.

        ## Social

        The reception is on Tuesday, with drinks and music. Our poster team will be there too.
        """);
    conference.write(
        "workshops.md",
        """
        # Workshops

        Every workshop takes place on Friday or Saturday. The title field of each workshop page lists its
        organizers. Registration covers all workshop days.
        """);
    conference.write(
        "wireless.txt", "Network\n\nThe wireless network of the venue is free for attendees.\n");
    conference.write("checkin.txt", "Arrival\n\nCheck-in opens at eight in the lobby.\n");
    conference.write("cancelling.txt", "Cancelling\n\nA refund is given until the first of May.\n");
    conference.write(
        "desk.txt", "Desk\n\nVoucher desk hours are nine to five; coffee is served in the hall.\n");
    conference.write(
        "cart.txt", "Cart\n\nA coffee voucher comes with every badge; the cart is in the hall.\n");
    conference
        .document("travel.md")
        .document("guide.md")
        .document("workshops.md")
        .document("wireless.txt")
        .document("checkin.txt")
        .document("cancelling.txt")
        .document("desk.txt")
        .document("cart.txt");
    knowledge = LuceneKnowledge.inMemory(conference.settings());
    assertThat(knowledge.lastReport().problems()).isEmpty();
  }

  @AfterAll
  void close() {
    knowledge.close();
  }

  private List<PassageHit> search(String... words) {
    return knowledge.search(new PassageQuery(List.of(words), List.of(), 10));
  }

  private List<String> sources(String... words) {
    return search(words).stream().map(hit -> hit.source().id()).toList();
  }

  @Test
  void aTitleMatchOutranksABodyOnlyMatch() {
    // "parking" is only the configured title of parking.txt, and a word of travel.md's text
    List<PassageHit> hits = search("parking");

    assertThat(hits)
        .extracting(hit -> hit.source().id())
        .containsExactly("parking.txt", "travel.md");
    assertThat(hits.get(0).matchedInTitle()).containsExactly("parking");
    assertThat(hits.get(1).matchedWords()).containsExactly("parking");
  }

  @Test
  void aHeadingMatchOutranksABodyOnlyMatch() {
    List<PassageHit> hits = search("poster");

    assertThat(hits).hasSizeGreaterThanOrEqualTo(2);
    assertThat(hits.get(0).source().section()).contains("Poster boards");
    assertThat(hits).extracting(hit -> hit.source().section().orElse("")).contains("Social");
  }

  @Test
  void hitsMarkTheMatchedWordsInTheirText() {
    PassageHit hit = search("shuttle").get(0);

    assertThat(hit.text().emphasis()).isNotEmpty();
    assertThat(hit.text().emphasis())
        .allSatisfy(
            span ->
                assertThat(hit.text().text().substring(span.start(), span.end()))
                    .containsIgnoringCase("shuttle"));
  }

  @Test
  void pluralQuestionsFindSingularText() {
    assertThat(sources("shuttles")).containsExactly("travel.md");
    assertThat(sources("boards")).containsExactly("guide.md");
  }

  @Test
  void synonymsOfTheQuestionFindTheDocumentsWords() {
    assertThat(sources("wifi")).contains("wireless.txt");
    assertThat(sources("registration")).contains("checkin.txt");
  }

  @Test
  void aPassageHoldingTheQuestionsWordsAsAPhraseOutranksOneHoldingThemApart() {
    // given two passages holding "coffee" and "voucher" once each, only one of them side by side
    List<PassageHit> withPhrase =
        knowledge.search(
            new PassageQuery(List.of("coffee", "voucher"), List.of("coffee voucher"), 10));
    List<PassageHit> wordsOnly =
        knowledge.search(new PassageQuery(List.of("coffee", "voucher"), List.of(), 10));

    // then the phrase, scored on the best hits by words, puts that one first, with a higher score
    assertThat(withPhrase)
        .extracting(hit -> hit.source().id())
        .startsWith("cart.txt")
        .contains("desk.txt");
    PassageHit cart = withPhrase.get(0);
    float cartByWords =
        wordsOnly.stream()
            .filter(h -> h.source().id().equals("cart.txt"))
            .findFirst()
            .orElseThrow()
            .score();
    assertThat(cart.score()).isGreaterThan(cartByWords);
  }

  @Test
  void aPassageHoldingASynonymOfAPhraseHoldsThePhrasesWords() {
    // given "money back", a built-in synonym of "refund", which the page says instead
    List<PassageHit> hits =
        knowledge.search(new PassageQuery(List.of("money", "back"), List.of("money back"), 10));

    // then the page is found and holds both words, as coverage counts them
    assertThat(hits).extracting(hit -> hit.source().id()).contains("cancelling.txt");
    PassageHit cancelling =
        hits.stream()
            .filter(hit -> hit.source().id().equals("cancelling.txt"))
            .findFirst()
            .orElseThrow();
    assertThat(cancelling.matchedWords()).containsExactlyInAnyOrder("money", "back");
  }

  @Test
  void accentsInTheQuestionDoNotMatter() {
    assertThat(sources("Shüttle")).containsExactly("travel.md");
  }

  static List<String> hostileWords() {
    return List.of(
        "*:*",
        "title:[* TO *]",
        "(((",
        "\"",
        "~2",
        "\\",
        "*",
        "?",
        "body:/.*/",
        "a AND OR NOT b",
        "-",
        "+",
        "&&",
        "||",
        "!",
        "{}",
        "[]",
        "^3",
        "\u0000",
        "",
        "   ",
        "x".repeat(1000),
        "🎉🎉 party 🎉",
        "👩‍💻",
        "worksho*",
        "workshop~1",
        "\uD800");
  }

  @ParameterizedTest
  @MethodSource("hostileWords")
  void hostileWordsNeverThrow(String word) {
    assertThatCode(
            () -> {
              knowledge.search(
                  new PassageQuery(List.of(word), List.of(word, word + " " + word), 5));
              knowledge.spellings(word, 3);
            })
        .doesNotThrowAnyException();
  }

  @Test
  void querySyntaxIsTreatedAsText() {
    assertThat(search("*:*")).as("no match-all").isEmpty();
    assertThat(search("*")).isEmpty();
    assertThat(search("worksho*")).as("no wildcard").isEmpty();
    assertThat(sources("title:[* TO *]")).as("only the word title").containsExactly("workshops.md");
    assertThat(sources("🎉🎉 party 🎉")).isEmpty();
  }

  @Test
  void aMisspelledWordGetsSuggestionsFromTheIndexVocabulary() {
    assertThat(knowledge.spellings("wrkshop", 3)).contains("workshop");
    assertThat(knowledge.spellings("shutle", 3)).first().isEqualTo("shuttle");
  }

  @Test
  void aRealEnglishWordOrANumberIsNeverCorrectedIntoAWordOfTheIndex() {
    // "garage" and "lobby" are in the index; "garbage" and "hobby" are one edit from them but words
    // of their own
    assertThat(knowledge.spellings("garbage", 3)).isEmpty();
    assertThat(knowledge.spellings("hobby", 3)).isEmpty();
    assertThat(knowledge.spellings("workshops2", 3)).as("holds a digit").isEmpty();
    assertThat(knowledge.spellings("shutle", 3)).as("not a word: corrected").isNotEmpty();
  }

  @Test
  void aWordOfTheIndexGetsNoSuggestion() {
    assertThat(knowledge.spellings("workshop", 3)).isEmpty();
    assertThat(knowledge.spellings("Shuttle", 3)).isEmpty();
  }

  @Test
  void wordsTooShortOrNothingCloseGetNoSuggestion() {
    assertThat(knowledge.spellings("wrk", 3)).isEmpty();
    assertThat(knowledge.spellings("zzzzzzzz", 3)).isEmpty();
    assertThat(knowledge.spellings("wrkshop", 0)).isEmpty();
  }

  @Test
  void aVeryLongWordGetsNoSuggestionAndCostsLittle() {
    assertThat(knowledge.spellings("x".repeat(31), 3)).isEmpty();
    // Without the length limit the spell checker took seconds on such a word.
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> assertThat(knowledge.spellings("w".repeat(100_000), 3)).isEmpty());
  }

  @Test
  void theLimitBoundsTheHits() {
    assertThat(
            knowledge.search(
                new PassageQuery(List.of("venue", "attendees", "workshop"), List.of(), 2)))
        .hasSize(2);
  }
}
