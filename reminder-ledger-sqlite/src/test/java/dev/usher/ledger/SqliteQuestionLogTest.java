package dev.usher.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usher.core.questions.LoggedQuestion;
import dev.usher.core.questions.LoggedQuestion.Feedback;
import dev.usher.core.questions.LoggedQuestion.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteQuestionLogTest {
  private static final Instant T0 = Instant.parse("2026-04-24T10:00:00Z");

  @TempDir Path folder;

  @Test
  void aQuestionWithItsFeedbackIsReadBackAfterAReopen() {
    Path file = folder.resolve("state/questions.db");
    try (var log = SqliteQuestionLog.open(file)) {
      log.record(question("a1", T0, Outcome.ANSWERED, OptionalDouble.of(0.52)));
      log.record(question("d1", T0.plusSeconds(5), Outcome.DECLINED, OptionalDouble.empty()));
      assertThat(log.feedback("a1", Feedback.NOT_HELPFUL)).isTrue();
      assertThat(log.feedback("unknown", Feedback.HELPFUL)).isFalse();
    }

    try (var reopened = SqliteQuestionLog.open(file)) {
      assertThat(reopened.since(T0))
          .containsExactly(
              new LoggedQuestion(
                  "a1",
                  T0,
                  "slack",
                  "C1",
                  "Is there a cloakroom?",
                  Outcome.ANSWERED,
                  "MEANING",
                  0.5,
                  OptionalDouble.of(0.52),
                  Optional.of(Feedback.NOT_HELPFUL)),
              question("d1", T0.plusSeconds(5), Outcome.DECLINED, OptionalDouble.empty()));
    }
  }

  @Test
  void theLogHasNoColumnForWhoAsked() throws Exception {
    Path file = folder.resolve("questions.db");
    try (var log = SqliteQuestionLog.open(file)) {
      log.record(question("a1", T0, Outcome.ANSWERED, OptionalDouble.empty()));
    }
    try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
        var columns =
            connection
                .createStatement()
                .executeQuery("SELECT name FROM pragma_table_info('question')")) {
      var names = new java.util.ArrayList<String>();
      while (columns.next()) {
        names.add(columns.getString(1));
      }
      assertThat(names)
          .doesNotContain("user", "user_id", "name")
          .contains("platform", "channel", "text");
    }
  }

  @Test
  void anUndeliveredAnswerAndAPurgeOfOldQuestions() {
    try (var log = SqliteQuestionLog.open(folder.resolve("questions.db"))) {
      log.record(question("old", T0, Outcome.DECLINED, OptionalDouble.empty()));
      log.record(question("new", T0.plusSeconds(3600), Outcome.ANSWERED, OptionalDouble.empty()));
      assertThat(log.undelivered("new")).isTrue();

      assertThat(log.purgeBefore(T0.plusSeconds(60))).isEqualTo(1);

      assertThat(log.since(Instant.EPOCH))
          .extracting(LoggedQuestion::id, LoggedQuestion::outcome)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("new", Outcome.UNDELIVERED));
    }
  }

  @Test
  void aFileThatIsNoDatabaseIsRefusedInOneSentenceNamingIt() throws Exception {
    Path file = folder.resolve("questions.db");
    Files.writeString(
        file,
        "not a database, just text that is long enough to be read as a header",
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> SqliteQuestionLog.open(file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("question log " + file.toAbsolutePath() + " cannot be used");
  }

  private static LoggedQuestion question(
      String id, Instant at, Outcome outcome, OptionalDouble similarity) {
    return new LoggedQuestion(
        id,
        at,
        "slack",
        "C1",
        "Is there a cloakroom?",
        outcome,
        "MEANING",
        0.5,
        similarity,
        Optional.empty());
  }
}
