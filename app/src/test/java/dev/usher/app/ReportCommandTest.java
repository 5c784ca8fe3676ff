package dev.usher.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The organizer's loop end to end: questions asked with {@code ./usher ask}, then {@code ./usher
 * report}.
 */
class ReportCommandTest {
  @TempDir Path folder;

  private void conference(String extraSettings) throws Exception {
    Files.writeString(
        folder.resolve("usher.yaml"),
        """
        name: Test Conf
        timezone: Europe/Brussels
        documents: [docs/]
        semantic: false
        """
            + extraSettings);
    Files.createDirectories(folder.resolve("docs"));
    Files.writeString(
        folder.resolve("docs/venue.md"),
        """
        # Venue

        The cloakroom is on level 0, next to registration. Leave your coat and bag there.
        """);
  }

  @Test
  void aDeclinedQuestionAskedInTwoWordingsIsOneGroupOfTheReport() throws Exception {
    conference("");
    assertThat(
            CommandLineRun.of("ask", "--data", folder.toString(), "Is there a creche for toddlers?")
                .exitCode())
        .isZero();
    assertThat(
            CommandLineRun.of("ask", "--data", folder.toString(), "creche for my toddlers")
                .exitCode())
        .isZero();
    assertThat(
            CommandLineRun.of("ask", "--data", folder.toString(), "where is the cloakroom")
                .exitCode())
        .isZero();

    CommandLineRun text = CommandLineRun.of("report", "--data", folder.toString(), "--since", "1d");
    CommandLineRun json = CommandLineRun.of("report", "--data", folder.toString(), "--json");

    assertThat(Files.isRegularFile(folder.resolve(".usher/questions.db"))).isTrue();
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("2 questions declined")
        .contains("1 group of unanswered questions")
        .contains(
            "   - questions: [\"creche for my toddlers\", \"Is there a creche for toddlers?\"]\n     answer: \"TODO\"");
    JsonNode report = new ObjectMapper().readTree(json.out());
    assertThat(report.get("declined").asInt()).isEqualTo(2);
    assertThat(report.get("groups")).hasSize(1);
    assertThat(report.get("groups").get(0).get("count").asInt()).isEqualTo(2);
    assertThat(report.get("groups").get(0).get("platforms").get(0).asText()).isEqualTo("console");
  }

  @Test
  void aQuestionLogThatCannotBeOpenedIsOneLineAndTheAnswerStillComes() throws Exception {
    conference("");
    Files.createDirectories(folder.resolve(".usher/questions.db"));

    CommandLineRun run =
        CommandLineRun.of("ask", "--data", folder.toString(), "where is the cloakroom");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("level 0");
    assertThat(run.err().strip().lines())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("usher: questions are not logged: ");
  }

  @Test
  void aWrongWindowIsOneLineAndExitCode2() throws Exception {
    conference("");

    CommandLineRun run =
        CommandLineRun.of("report", "--data", folder.toString(), "--since", "yesterday");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo("usher: --since 'yesterday' is not a window such as 30m, 12h, 1d or 2w");
  }

  @Test
  void checkKnowsTheQuestionsSection() throws Exception {
    conference("questions: {kep: 30d}\n");

    CommandLineRun run = CommandLineRun.of("check", "--data", folder.toString());

    assertThat(run.out() + run.err()).contains("questions.kep").contains("keep");
  }
}
