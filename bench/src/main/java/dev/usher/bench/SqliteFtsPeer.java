package dev.usher.bench;

import dev.usher.core.conference.Session;
import dev.usher.core.conference.SessionId;
import dev.usher.core.reply.Answer;
import dev.usher.core.reply.NoAnswer;
import dev.usher.core.reply.Reply;
import dev.usher.core.reply.Snippet;
import dev.usher.core.reply.Source;
import dev.usher.knowledge.document.Passage;
import dev.usher.knowledge.ingest.ConferenceMaterial;
import dev.usher.knowledge.ingest.ConferenceReader;
import dev.usher.knowledge.ingest.KnowledgeSettings;
import dev.usher.knowledge.ingest.SourceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What many hand-made bots do: one SQLite FTS5 table of passages, the question's words as an OR
 * query, the best row by bm25 as the answer. Each thread gets its own read connection.
 */
final class SqliteFtsPeer implements Peer {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final int MAX_WORDS = 64;
  private static final String SEARCH =
      "SELECT id, title, body FROM passages WHERE passages MATCH ? ORDER BY bm25(passages) LIMIT 1";

  private final Path database;
  private final List<Connection> connections = new CopyOnWriteArrayList<>();
  private final ThreadLocal<PreparedStatement> searches = ThreadLocal.withInitial(this::openSearch);

  private SqliteFtsPeer(Path database) {
    this.database = database;
  }

  /**
   * Reads the conference folder and writes every passage and session as a row of a new database.
   */
  static SqliteFtsPeer build(KnowledgeSettings settings, Path database) {
    ConferenceMaterial material = new ConferenceReader(settings, file -> {}).read();
    try {
      Files.deleteIfExists(database);
      Files.createDirectories(database.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + database, e);
    }
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database)) {
      connection.setAutoCommit(false);
      try (Statement create = connection.createStatement()) {
        create.execute("CREATE VIRTUAL TABLE passages USING fts5(id UNINDEXED, title, body)");
      }
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO passages(id, title, body) VALUES (?, ?, ?)")) {
        for (SourceDocument document : material.documents()) {
          for (Passage passage : document.passages()) {
            String title =
                passage.section().isEmpty()
                    ? document.title()
                    : document.title() + " › " + passage.section();
            add(insert, document.id(), title, passage.text());
          }
        }
        for (Session session : material.sessions()) {
          add(
              insert,
              SessionId.of(session.id()).sourceId(),
              session.title(),
              session.description());
        }
        insert.executeBatch();
      }
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot build " + database, e);
    }
    return new SqliteFtsPeer(database);
  }

  private static void add(PreparedStatement insert, String id, String title, String body)
      throws SQLException {
    insert.setString(1, id);
    insert.setString(2, title);
    insert.setString(3, body);
    insert.addBatch();
  }

  private PreparedStatement openSearch() {
    try {
      Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
      connections.add(connection);
      return connection.prepareStatement(SEARCH);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open " + database, e);
    }
  }

  /** The question's words, each quoted so no FTS5 syntax (AND, NEAR, *, :, ^) runs. */
  static String matchExpression(String question) {
    Set<String> words = new LinkedHashSet<>();
    for (String word : NOT_WORD.split(question.toLowerCase(Locale.ROOT))) {
      if (!word.isEmpty() && words.size() < MAX_WORDS) {
        words.add(word);
      }
    }
    return words.stream()
        .map(w -> "\"" + w.replace("\"", "\"\"") + "\"")
        .collect(Collectors.joining(" OR "));
  }

  @Override
  public String name() {
    return "SQLite FTS5";
  }

  @Override
  public Reply answer(String question) {
    String match = matchExpression(question);
    if (match.isEmpty()) {
      return noAnswer();
    }
    PreparedStatement search = searches.get();
    try {
      search.setString(1, match);
      try (ResultSet row = search.executeQuery()) {
        if (!row.next()) {
          return noAnswer();
        }
        Source source =
            new Source(row.getString(1), row.getString(2), Optional.empty(), Optional.empty());
        return new Answer(Snippet.plain(row.getString(3)), source, List.of(), List.of());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("search failed for " + match, e);
    }
  }

  private static NoAnswer noAnswer() {
    return new NoAnswer("No row matches.", Optional.empty(), List.of(), List.of(), List.of());
  }

  @Override
  public long indexBytes() {
    return Folders.size(Objects.requireNonNull(database.getParent(), "the database's folder"));
  }

  @Override
  public void close() {
    for (Connection connection : connections) {
      try {
        connection.close();
      } catch (SQLException e) {
        throw new IllegalStateException("cannot close " + database, e);
      }
    }
  }
}
