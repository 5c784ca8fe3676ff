package dev.usher.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.PassageQuery;
import dev.usher.knowledge.ingest.DocumentEntry;
import dev.usher.knowledge.semantic.SentenceModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words and meaning over one small corpus of our own, with the real sentence model: what the words
 * miss ("from home" for "virtual"), the vectors find, and every hit carries both signals.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HybridSearchTest {
  private LuceneKnowledge knowledge;

  @BeforeAll
  void indexConference(@TempDir Path root) {
    ConferenceFolder conference = ConferenceFolder.in(root);
    conference.write(
        "tickets.md",
        """
        # Tickets

        ## Online tickets

        Can't travel? Virtual attendees watch every talk on the livestream and join the chat.

        ## Refunds

        Tickets are refundable until 30 days before the conference, minus a processing fee.
        """);
    conference.write(
        "venue.md",
        """
        # Venue

        ## Getting there

        The convention center is a ten-minute walk from the central train station.

        ## Families

        Childcare is offered for kids aged 6 months to 12 years, free of charge, at the venue.
        """);
    conference.document(new DocumentEntry("tickets.md", Optional.empty(), Optional.empty()));
    conference.document(new DocumentEntry("venue.md", Optional.empty(), Optional.empty()));
    knowledge = LuceneKnowledge.inMemory(conference.settings());
  }

  @AfterAll
  void close() {
    knowledge.close();
  }

  @Test
  void aQuestionInOtherWordsFindsThePassageByMeaning() {
    // given a question that shares no content word with the passage that answers it
    PassageQuery query =
        new PassageQuery(
            "can i follow along from my couch at home",
            List.of("follow", "couch", "home"),
            List.of(),
            5);

    // when it is searched
    List<PassageHit> hits = knowledge.search(query);

    // then the online-tickets passage is the nearest by meaning, though no word found it
    PassageHit nearest =
        hits.stream().filter(h -> h.retrieval().semanticRank() == 0).findFirst().orElseThrow();
    assertThat(nearest.source().section())
        .hasValueSatisfying(s -> assertThat(s).contains("Online tickets"));
    assertThat(nearest.retrieval().foundByWords()).isFalse();
    assertThat(nearest.retrieval().similarity()).isPresent();
  }

  @Test
  void aHitFoundByWordsCarriesItsSimilarityAndBothRanks() {
    // given a question whose words are in one passage
    PassageQuery query =
        new PassageQuery("are refunds possible", List.of("refunds", "possible"), List.of(), 5);

    // when it is searched
    PassageHit first = knowledge.search(query).get(0);

    // then that passage comes first by words, is also near by meaning, and says how near
    assertThat(first.source().section()).hasValueSatisfying(s -> assertThat(s).contains("Refunds"));
    assertThat(first.retrieval().lexicalRank()).isZero();
    assertThat(first.retrieval().foundByMeaning()).isTrue();
    assertThat(first.retrieval().similarity().orElseThrow()).isBetween(0.2, 1.0);
  }

  @Test
  void questionsSearchedAtOnceEachGetTheirOwnMeaning() throws Exception {
    // given questions whose nearest passages by meaning differ, each searched once alone
    List<PassageQuery> queries =
        List.of(
            new PassageQuery(
                "can i follow along from my couch at home",
                List.of("follow", "couch", "home"),
                List.of(),
                5),
            new PassageQuery(
                "is there somewhere to leave my toddler",
                List.of("leave", "toddler"),
                List.of(),
                5),
            new PassageQuery("how do i get there by rail", List.of("get", "rail"), List.of(), 5));
    List<List<String>> alone = queries.stream().map(this::byMeaning).toList();

    // when each is searched many times from four threads at once, while the others are embedded
    ExecutorService askers = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> together = new ArrayList<>();
      for (int round = 0; round < 12; round++) {
        PassageQuery query = queries.get(round % queries.size());
        together.add(askers.submit(() -> byMeaning(query)));
      }

      // then every search finds what the same question found alone
      for (int round = 0; round < together.size(); round++) {
        assertThat(together.get(round).get(1, TimeUnit.MINUTES))
            .isEqualTo(alone.get(round % queries.size()));
      }
    } finally {
      askers.shutdownNow();
    }
    assertThat(alone).doesNotHaveDuplicates();
  }

  @Test
  void aSearchAnnouncedBeforehandFindsWhatOneNotAnnouncedFinds() {
    // given a question searched without announcing it
    PassageQuery query =
        new PassageQuery(
            "is there somewhere to leave my toddler", List.of("leave", "toddler"), List.of(), 5);
    List<String> unannounced = byMeaning(query);

    // when it is announced (with others announced after it, never searched) and then searched
    knowledge.willSearch(query.text());
    for (int other = 0; other < 100; other++) {
      knowledge.willSearch("question number " + other + " that the schedule answered");
    }
    List<String> announced = byMeaning(query);

    // then it finds the same passages, as near as before
    assertThat(announced).isNotEmpty().isEqualTo(unannounced);
  }

  /** The passages of {@code query}'s hits in their order by meaning, with their similarity. */
  private List<String> byMeaning(PassageQuery query) {
    return knowledge.search(query).stream()
        .filter(h -> h.retrieval().foundByMeaning())
        .sorted(java.util.Comparator.comparingInt(h -> h.retrieval().semanticRank()))
        .map(h -> h.source().section().orElse("") + " " + h.retrieval().similarity())
        .toList();
  }

  @Test
  void withoutAModelTheSameQuestionIsSearchedByWordsOnly(@TempDir Path root) {
    // given the same kind of corpus read without a sentence model
    ConferenceFolder conference = ConferenceFolder.in(root);
    conference.write("refunds.md", "# Refunds\n\nTickets are refundable until 30 days before.\n");
    conference.document(new DocumentEntry("refunds.md", Optional.empty(), Optional.empty()));
    try (LuceneKnowledge lexical =
        LuceneKnowledge.inMemory(conference.settings(), Optional.<SentenceModel>empty())) {
      // when a question is searched
      List<PassageHit> hits =
          lexical.search(new PassageQuery("refunds?", List.of("refunds"), List.of(), 5));

      // then hits come from words, with no similarity and no meaning rank
      assertThat(lexical.semantic()).isFalse();
      assertThat(hits)
          .isNotEmpty()
          .allSatisfy(
              hit -> {
                assertThat(hit.retrieval().similarity()).isEmpty();
                assertThat(hit.retrieval().foundByMeaning()).isFalse();
              });
    }
  }
}
