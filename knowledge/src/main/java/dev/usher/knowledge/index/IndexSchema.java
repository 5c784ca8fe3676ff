package dev.usher.knowledge.index;

import dev.usher.knowledge.analysis.UsherAnalyzers;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/**
 * The fields of the index. One Lucene document per passage of a document and per session.
 *
 * <ul>
 *   <li>{@link #ID} keyword, stored, doc values: the passage's stable id ({@code path#ordinal} or
 *       {@code session:ID}); documents are updated by it
 *   <li>{@link #KIND} keyword, doc values: {@code document} or {@code session}
 *   <li>{@link #SOURCE_ID}, {@link #URL}: doc values only
 *   <li>{@link #TITLE}, {@link #HEADING}: English text, and doc values (every hit shows its source)
 *   <li>{@link #BODY}: English text, stored, offsets indexed: read and marked only for the hits
 *       whose text is asked for
 *   <li>{@link #WORDS}: title, heading and body again as whole folded words, not stored: for typo
 *       matching and spelling suggestions
 *   <li>{@link #START}, {@link #END}: sessions' epoch seconds, as points with doc values, stored
 *   <li>{@link #VECTOR}: the sentence vector of title, heading and text (HNSW graph, dot product of
 *       unit vectors = cosine), when semantic search is on
 * </ul>
 */
public final class IndexSchema {
  /** Bumped whenever fields, analysis or passage splitting change, so old indexes are rebuilt. */
  static final String VERSION = "14";

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

  /**
   * Text, stored; positions for phrases, offsets so a hit's matched words are marked from the index
   * instead of by analyzing its text again.
   */
  static final FieldType BODY_TYPE = bodyType();

  static final String KIND_DOCUMENT = "document";
  static final String KIND_SESSION = "session";

  private IndexSchema() {}

  private static FieldType bodyType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** English for text fields, folded whole words for {@link #WORDS}. */
  static Analyzer indexAnalyzer() {
    return new PerFieldAnalyzerWrapper(
        UsherAnalyzers.english(), Map.of(WORDS, UsherAnalyzers.folded()));
  }
}
