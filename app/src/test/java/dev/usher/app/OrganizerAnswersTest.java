package dev.usher.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code answers.yaml}: the organizers' curated answers, ranked with the pages. */
class OrganizerAnswersTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  @BeforeEach
  void conference() throws Exception {
    Files.writeString(
        folder.resolve("usher.yaml"),
        """
        name: Test Conf
        timezone: Europe/Brussels
        documents: [docs/]
        semantic: false
        """);
    Files.createDirectories(folder.resolve("docs"));
    Files.writeString(
        folder.resolve("docs/venue.md"),
        """
        # Venue

        The cloakroom is on level 0. Registration opens at 8:00 in the main hall.

        # Food

        Lunch is served in Hall B at noon.
        """);
    Files.writeString(
        folder.resolve("answers.yaml"),
        """
        - questions: ["Is there a cloakroom?", "where can I leave my bag"]
          answer: "Yes: the cloakroom is on level 0, next to registration, open 8:00 to 19:00."
          link: https://example.org/venue#cloakroom
        - questions: ["no answer here"]
        - "just a line"
        """);
  }

  private JsonNode ask(String question) throws Exception {
    CommandLineRun run = CommandLineRun.of("ask", "--json", "--data", folder.toString(), question);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out().lines().findFirst().orElseThrow());
  }

  @Test
  void aCuratedAnswerWinsOverAPageThatAlsoMatches() throws Exception {
    JsonNode reply = ask("is there a cloakroom");

    assertThat(reply.get("answered").asBoolean()).isTrue();
    assertThat(reply.get("sources").get(0).get("id").asText()).isEqualTo("answers.yaml#1");
    assertThat(reply.get("sources").get(0).get("title").asText()).isEqualTo("Organizers' answers");
    assertThat(reply.get("text").asText())
        .startsWith("Yes: the cloakroom is on level 0, next to registration, open 8:00 to 19:00.");
  }

  @Test
  void aCuratedAnswerMatchesItsExampleWordingAndNotAnUnrelatedQuestion() throws Exception {
    assertThat(ask("where can I leave my bag").get("sources").get(0).get("id").asText())
        .isEqualTo("answers.yaml#1");
    assertThat(ask("when is lunch").get("sources").get(0).get("id").asText())
        .isEqualTo("docs/venue.md");
    assertThat(ask("is there a swimming pool").get("answered").asBoolean()).isFalse();
  }

  @Test
  void malformedEntriesAreOneLineEachAndTheRestIsRead() {
    CommandLineRun check = CommandLineRun.of("check", "--data", folder.toString());
    CommandLineRun index = CommandLineRun.of("index", "--data", folder.toString());

    assertThat(check.out())
        .contains("answers.yaml: entry 2: has no answer text, skipped")
        .contains("answers.yaml: entry 3: expected questions and answer, skipped");
    assertThat(index.out() + index.err()).contains("answers.yaml");
  }

  @Test
  void aChangedAnswersFileIsNoticedAtTheNextStart() throws Exception {
    assertThat(ask("is there a cloakroom").get("text").asText()).contains("open 8:00 to 19:00");
    Files.writeString(
        folder.resolve("answers.yaml"),
        """
        - questions: ["Is there a cloakroom?"]
          answer: "Yes: the cloakroom has moved to level 1, open 7:30 to 20:00."
        """);

    assertThat(ask("is there a cloakroom").get("text").asText()).contains("moved to level 1");
  }
}
