package dev.usher.ledger;

import dev.usher.core.questions.LoggedQuestion;
import dev.usher.core.questions.QuestionLog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The question log in one SQLite file (a table {@code question}): each declined question and each
 * answer given, with when, the platform and channel, the decision's signals and the feedback, and
 * no column for who asked. Rows older than the retention are deleted by {@link #purgeBefore}.
 *
 * <p>Thread-safe: one connection under a lock; a question costs one indexed insert (WAL, {@code
 * synchronous=NORMAL}: a power cut may lose the last rows, which a log can afford).
 */
public final class SqliteQuestionLog implements QuestionLog, AutoCloseable {
  /** What this file is, in messages. */
  private static final String STORE = "question log";

  private final Path file;
  private final Connection connection;

  private SqliteQuestionLog(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /**
   * Opens (or creates, with its folders) the log in {@code file}.
   *
   * @throws IllegalStateException in one sentence naming the file when it cannot be opened, is not
   *     such a log or cannot be written
   */
  public static SqliteQuestionLog open(Path file) {
    Objects.requireNonNull(file, "file");
    Path absolute = file.toAbsolutePath();
    Connection connection =
        SqliteStateFile.connect(absolute, STORE, "NORMAL", IllegalStateException::new);
    SqliteQuestionLog log = new SqliteQuestionLog(absolute, connection);
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS question ("
              + " id TEXT PRIMARY KEY NOT NULL, asked_at INTEGER NOT NULL, platform TEXT NOT NULL,"
              + " channel TEXT NOT NULL, text TEXT NOT NULL, outcome TEXT NOT NULL, decision TEXT NOT NULL,"
              + " coverage REAL NOT NULL, similarity REAL, feedback TEXT)");
      statement.execute("CREATE INDEX IF NOT EXISTS question_asked_at ON question (asked_at)");
      return log;
    } catch (SQLException e) {
      log.close();
      throw unusable(absolute, e);
    }
  }

  @Override
  public synchronized void record(LoggedQuestion question) {
    Objects.requireNonNull(question, "question");
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO question (id, asked_at, platform, channel, text, outcome, decision, coverage, similarity,"
                + " feedback) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
      insert.setString(1, question.id());
      insert.setLong(2, question.askedAt().toEpochMilli());
      insert.setString(3, question.platform());
      insert.setString(4, question.channel());
      insert.setString(5, question.question());
      insert.setString(6, question.outcome().name());
      insert.setString(7, question.decision());
      insert.setDouble(8, question.coverage());
      if (question.similarity().isPresent()) {
        insert.setDouble(9, question.similarity().getAsDouble());
      } else {
        insert.setNull(9, java.sql.Types.REAL);
      }
      insert.setString(10, question.feedback().map(Enum::name).orElse(null));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw failed("record a question", e);
    }
  }

  @Override
  public synchronized boolean feedback(String id, LoggedQuestion.Feedback feedback) {
    return update("UPDATE question SET feedback = ? WHERE id = ?", feedback.name(), id);
  }

  @Override
  public synchronized boolean undelivered(String id) {
    return update(
        "UPDATE question SET outcome = ? WHERE id = ?",
        LoggedQuestion.Outcome.UNDELIVERED.name(),
        id);
  }

  private boolean update(String sql, String value, String id) {
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      update.setString(1, value);
      update.setString(2, id);
      return update.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failed("update question " + id, e);
    }
  }

  @Override
  public synchronized List<LoggedQuestion> since(Instant since) {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, asked_at, platform, channel, text, outcome, decision, coverage, similarity, feedback"
                + " FROM question WHERE asked_at >= ? ORDER BY asked_at, id")) {
      select.setLong(1, since.toEpochMilli());
      List<LoggedQuestion> questions = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          questions.add(row(rows));
        }
      }
      return questions;
    } catch (SQLException e) {
      throw failed("read the questions", e);
    }
  }

  private static LoggedQuestion row(ResultSet rows) throws SQLException {
    double similarity = rows.getDouble(9);
    OptionalDouble maybeSimilarity =
        rows.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(similarity);
    String feedback = rows.getString(10);
    return new LoggedQuestion(
        rows.getString(1),
        Instant.ofEpochMilli(rows.getLong(2)),
        rows.getString(3),
        rows.getString(4),
        rows.getString(5),
        LoggedQuestion.Outcome.valueOf(rows.getString(6)),
        rows.getString(7),
        rows.getDouble(8),
        maybeSimilarity,
        Optional.ofNullable(feedback).map(LoggedQuestion.Feedback::valueOf));
  }

  /**
   * Deletes the questions asked before {@code cutoff} (the retention: {@code questions.keep}).
   *
   * @return how many were deleted
   */
  public synchronized int purgeBefore(Instant cutoff) {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM question WHERE asked_at < ?")) {
      delete.setLong(1, cutoff.toEpochMilli());
      return delete.executeUpdate();
    } catch (SQLException e) {
      throw failed("purge old questions", e);
    }
  }

  private IllegalStateException failed(String what, SQLException e) {
    return new IllegalStateException(
        "cannot " + what + " in " + file + ": " + SqliteReminderLedger.reason(e), e);
  }

  private static RuntimeException unusable(Path file, SQLException e) {
    return SqliteStateFile.unusable(STORE, file, e, IllegalStateException::new);
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close question log " + file, e);
    }
  }
}
