package dev.usher.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.usher.core.Bot;
import dev.usher.core.command.CompletionKind;
import dev.usher.core.command.Request;
import dev.usher.core.conference.Conference;
import dev.usher.core.conference.Session;
import dev.usher.core.knowledge.IngestReport;
import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.PassageQuery;
import dev.usher.core.reply.Answer;
import dev.usher.core.reply.NoAnswer;
import dev.usher.core.reply.Reply;
import dev.usher.core.reply.Source;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryKnowledgeTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Lisbon");
  private static final ZonedDateTime NINE = ZonedDateTime.of(2026, 5, 4, 9, 0, 0, 0, ZONE);

  private final InMemoryKnowledge knowledge =
      InMemoryKnowledge.builder(ZONE)
          .passage(
              source("venue.md", "Venue guide", "Cloakroom"),
              "The cloakroom is next to the main entrance, open from 8:00.")
          .passage(
              source("venue.md", "Venue guide", "Wi-Fi"),
              "The Wi-Fi network is ConfNet; the password is on your badge.")
          .passage(
              source("visa.md", "Visa letters", "Requests"),
              "Invitation letters for visa applications are sent by the registration team.")
          .session(
              new Session(
                  "k1",
                  "Keynote: Learning to Learn",
                  NINE,
                  NINE.plusMinutes(45),
                  Optional.of("Hall A"),
                  Optional.of("Main"),
                  List.of("Ada Lovelace"),
                  "",
                  Optional.empty()))
          .session(
              new Session(
                  "t1",
                  "Keys to Robust Transformers",
                  NINE.plusHours(2),
                  NINE.plusHours(3),
                  Optional.of("Room 2"),
                  Optional.of("Research"),
                  List.of("Alan Turing"),
                  "Why robust models need better data.",
                  Optional.empty()))
          .spelling("cloakrom", "cloakroom")
          .build();

  private final Bot bot =
      new Bot(
          new Conference("TestConf", ZONE, Optional.empty(), Optional.empty()),
          knowledge,
          Clock.fixed(NINE.minusDays(1).toInstant(), ZONE));

  @Test
  void findsPassagesHoldingTheQueryWordsIgnoringCaseAndEmphasizesThem() {
    List<PassageHit> hits =
        knowledge.search(new PassageQuery(List.of("Cloakroom", "entrance"), List.of(), 5));

    assertThat(hits)
        .extracting(h -> h.source().section().orElseThrow())
        .containsExactly("Cloakroom");
    PassageHit hit = hits.get(0);
    assertThat(hit.matchedWords()).containsExactlyInAnyOrder("Cloakroom", "entrance");
    assertThat(hit.text().emphasis())
        .extracting(s -> hit.text().text().substring(s.start(), s.end()))
        .containsExactly("cloakroom", "entrance");
  }

  @Test
  void weighsEachQueryWordByItsRarityAndAWordNoPassageHoldsMost() {
    PassageHit hit =
        knowledge
            .search(new PassageQuery(List.of("the", "badge", "parking"), List.of(), 5))
            .stream()
            .filter(h -> h.matchedWords().contains("badge"))
            .findFirst()
            .orElseThrow();

    assertThat(hit.wordWeights().get("badge")).isGreaterThan(hit.wordWeights().get("the"));
    assertThat(hit.wordWeights().get("parking")).isGreaterThan(hit.wordWeights().get("badge"));
    assertThat(hit.matchedWords()).containsExactlyInAnyOrder("the", "badge");
  }

  @Test
  void aWordInTheDocumentTitleOnlyIsMatchedInTitle() {
    PassageHit hit = knowledge.search(new PassageQuery(List.of("guide"), List.of(), 5)).get(0);

    assertThat(hit.matchedWords()).isEmpty();
    assertThat(hit.matchedInTitle()).containsExactly("guide");
  }

  @Test
  void findsAWordOfSeveralPartsAndRanksAPassageWithTheWholePhraseFirst() {
    List<PassageHit> hits =
        knowledge.search(
            new PassageQuery(List.of("wi-fi", "password"), List.of("wi-fi password"), 5));

    assertThat(hits.get(0).source().section()).contains("Wi-Fi");
    assertThat(hits.get(0).matchedWords()).containsExactlyInAnyOrder("wi-fi", "password");
  }

  @Test
  void searchesSessionsByTitleSpeakerAndDescription() {
    List<PassageHit> hits = knowledge.search(new PassageQuery(List.of("turing"), List.of(), 5));

    assertThat(hits)
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.kind()).isEqualTo(PassageHit.Kind.SESSION);
              assertThat(h.source().id()).isEqualTo("session:t1");
              assertThat(h.text().text()).isEqualTo("Why robust models need better data.");
            });
  }

  @Test
  void returnsAtMostTheQueryLimit() {
    assertThat(knowledge.search(new PassageQuery(List.of("the"), List.of(), 2))).hasSize(2);
  }

  @Test
  void theBotAnswersFromAPassageThatCoversTheQuestion() {
    Reply reply = bot.handle(new Request.Ask("Where is the cloakroom?"));

    assertThat(reply)
        .isInstanceOfSatisfying(
            Answer.class,
            a -> {
              assertThat(a.source().section()).contains("Cloakroom");
              assertThat(a.text().text()).contains("main entrance");
            });
  }

  @Test
  void theBotDeclinesWhenNoPassageHoldsTheQuestionsRareWords() {
    Reply reply = bot.handle(new Request.Ask("Is there parking near the cloakroom for bicycles?"));

    assertThat(reply).isInstanceOf(NoAnswer.class);
  }

  @Test
  void theBotRetriesWithTheSpellingTheTestGave() {
    Reply reply = bot.handle(new Request.Ask("where is the cloakrom"));

    assertThat(reply)
        .isInstanceOfSatisfying(
            Answer.class, a -> assertThat(a.notes()).contains("Showing results for: cloakroom"));
    assertThat(knowledge.spellings("parking", 3)).isEmpty();
  }

  @Test
  void completesByPrefixOfTheValueOrOfOneOfItsWords() {
    assertThat(knowledge.complete(CompletionKind.SESSION, "key", 5))
        .containsExactly("Keynote: Learning to Learn", "Keys to Robust Transformers");
    assertThat(knowledge.complete(CompletionKind.SESSION, "robust", 5))
        .containsExactly("Keys to Robust Transformers");
    assertThat(knowledge.complete(CompletionKind.SPEAKER, "tur", 5)).containsExactly("Alan Turing");
    assertThat(knowledge.complete(CompletionKind.ROOM, "h", 5)).containsExactly("Hall A");
    assertThat(knowledge.complete(CompletionKind.TRACK, "", 1)).containsExactly("Main");
    assertThat(knowledge.complete(CompletionKind.SESSION, "obust", 5)).isEmpty();
  }

  @Test
  void reloadReportsTheDocumentsPassagesAndSessionsItHolds() {
    IngestReport report = knowledge.reload();

    assertThat(report.files())
        .extracting(IngestReport.FileReport::path, IngestReport.FileReport::passages)
        .containsExactly(tuple("venue.md", 2), tuple("visa.md", 1));
    assertThat(report.passages()).isEqualTo(3);
    assertThat(report.sessions()).isEqualTo(2);
    assertThat(report.problems()).isEmpty();
  }

  @Test
  void theScheduleHoldsTheSessionsInTimeOrder() {
    assertThat(knowledge.schedule().zone()).isEqualTo(ZONE);
    assertThat(knowledge.schedule().sessions()).extracting(Session::id).containsExactly("k1", "t1");
  }

  private static Source source(String id, String title, String section) {
    return new Source(id, title, Optional.of(section), Optional.empty());
  }
}
