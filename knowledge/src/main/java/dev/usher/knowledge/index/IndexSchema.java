package dev.usher.knowledge.index;

import dev.usher.knowledge.analysis.UsherAnalyzers;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;

/**
 * The fields of the index. One Lucene document per passage of a document and per session.
 *
 * <ul>
 *   <li>{@link #ID} keyword, stored: the passage's stable id ({@code path#ordinal} or {@code
 *       session:ID}); documents are updated by it
 *   <li>{@link #KIND} keyword, stored: {@code document} or {@code session}
 *   <li>{@link #SOURCE_ID}, {@link #URL}: stored only
 *   <li>{@link #TITLE}, {@link #HEADING}, {@link #BODY}: English text, stored (they are shown)
 *   <li>{@link #WORDS}: title, heading and body again as whole folded words, not stored: for typo
 *       matching and spelling suggestions
 *   <li>{@link #START}, {@link #END}: sessions' epoch seconds, as points with doc values, stored
 *   <li>{@link #VECTOR}: the sentence vector of title, heading and text (HNSW graph, dot product of
 *       unit vectors = cosine), when semantic search is on
 * </ul>
 */
public final class IndexSchema {
  /** Bumped whenever fields, analysis or passage splitting change, so old indexes are rebuilt. */
  static final String VERSION = "13";

  public static final String ID = "id";
  public static final String KIND = "kind";
  public static final String SOURCE_ID = "source_id";
  public static final String URL = "url";
  public static final String TITLE = "title";
  public static final String HEADING = "heading";
  public static final String BODY = "body";
  public static final String WORDS = "words";
  public static final String START = "start";
  public static final String END = "end";
  public static final String VECTOR = "vector";

  /** Text, stored; positions for phrases. Where words are is found again by analysis when shown. */
  static final FieldType BODY_TYPE = TextField.TYPE_STORED;

  static final String KIND_DOCUMENT = "document";
  static final String KIND_SESSION = "session";

  private IndexSchema() {}

  /** English for text fields, folded whole words for {@link #WORDS}. */
  static Analyzer indexAnalyzer() {
    return new PerFieldAnalyzerWrapper(
        UsherAnalyzers.english(), Map.of(WORDS, UsherAnalyzers.folded()));
  }
}
