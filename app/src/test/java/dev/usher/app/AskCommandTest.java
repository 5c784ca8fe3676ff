package dev.usher.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class AskCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void answersWhenTheConferenceIsWithTheDatesAndItsSource() throws Exception {
    CommandLineRun run =
        CommandLineRun.of(
            "ask", "--json", "--data", SampleConference.FOLDER.toString(), "When is ICLR 2026?");

    JsonNode answer = JSON.readTree(run.out().lines().findFirst().orElseThrow());
    assertThat(run.exitCode()).isZero();
    assertThat(answer.get("question").asText()).isEqualTo("When is ICLR 2026?");
    assertThat(answer.get("answered").asBoolean()).isTrue();
    assertThat(answer.get("text").asText()).containsPattern("April 24\\D{1,12}28");
    assertThat(answer.get("sources").findValuesAsText("id")).anyMatch(id -> id.startsWith("docs/"));
  }

  @Test
  void declinesAQuestionTheMaterialDoesNotAnswerAndPointsToAHuman() throws Exception {
    CommandLineRun run =
        CommandLineRun.of(
            "ask",
            "--json",
            "--data",
            SampleConference.FOLDER.toString(),
            "What is the capital of France?");

    JsonNode answer = JSON.readTree(run.out().lines().findFirst().orElseThrow());
    assertThat(answer.get("answered").asBoolean()).isFalse();
    assertThat(answer.get("text").asText()).contains("couldn't find").contains("registration desk");
    assertThat(answer.get("sources")).isEmpty();
  }

  @Test
  void treatsQuerySyntaxAndMentionsAsPlainText() throws Exception {
    CommandLineRun run =
        CommandLineRun.of(
            "ask",
            "--json",
            "--data",
            SampleConference.FOLDER.toString(),
            "@everyone *:* title:[* TO *] ((( \" ~2 workshop");

    assertThat(run.exitCode()).isZero();
    JsonNode answer = JSON.readTree(run.out().lines().findFirst().orElseThrow());
    assertThat(answer.get("text").asText()).doesNotContain("@everyone");
  }

  @Test
  void aLongScheduleQuestionIsAnsweredFromItsFirst500CharactersAndSaysSo() throws Exception {
    String question = "What is on tomorrow?" + " ?".repeat(300);

    CommandLineRun run =
        CommandLineRun.of(
            "ask",
            "--json",
            "--now",
            "2026-04-24T10:00",
            "--data",
            SampleConference.FOLDER.toString(),
            question);

    JsonNode answer = JSON.readTree(run.out().lines().findFirst().orElseThrow());
    assertThat(answer.get("sessions")).isNotEmpty();
    assertThat(answer.get("text").asText()).contains("first 500 characters");
  }

  @Test
  void reportsAConferenceFolderThatDoesNotExist() {
    CommandLineRun run = CommandLineRun.of("ask", "--data", "no/such/folder", "hello");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no/such/folder").contains("does not exist");
  }
}
