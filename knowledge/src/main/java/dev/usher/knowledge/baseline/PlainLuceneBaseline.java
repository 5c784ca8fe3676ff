package dev.usher.knowledge.baseline;

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
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * What a team would build in an afternoon: one Lucene document per file (and per session), the
 * {@link StandardAnalyzer}, the question's words as an OR query, the top hit as the answer. It
 * never abstains unless no word matches at all. Thread-safe once built; {@link #close()} frees the
 * index.
 */
public final class PlainLuceneBaseline implements AutoCloseable {
  /** The most of a document's text an answer quotes. */
  public static final int MAX_ANSWER_CHARS = 4_000;

  private static final String ID = "id";
  private static final String TITLE = "title";
  private static final String URL = "url";
  private static final String TEXT = "text";

  private final Analyzer analyzer;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final int documentCount;

  private PlainLuceneBaseline(Analyzer analyzer, Directory directory, DirectoryReader reader) {
    this.analyzer = analyzer;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.documentCount = reader.numDocs();
  }

  /** Reads the conference folder and indexes it in memory. */
  public static PlainLuceneBaseline build(KnowledgeSettings settings) {
    return build(read(settings), new ByteBuffersDirectory());
  }

  /**
   * Reads the conference folder and indexes it into {@code indexDirectory}, replacing what is
   * there.
   */
  public static PlainLuceneBaseline buildOnDisk(KnowledgeSettings settings, Path indexDirectory) {
    Objects.requireNonNull(indexDirectory, "indexDirectory");
    try {
      return build(read(settings), FSDirectory.open(indexDirectory));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + indexDirectory, e);
    }
  }

  private static ConferenceMaterial read(KnowledgeSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new ConferenceReader(settings, file -> {}).read();
  }

  private static PlainLuceneBaseline build(ConferenceMaterial material, Directory directory) {
    Analyzer analyzer = new StandardAnalyzer();
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(64);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (SourceDocument document : material.documents()) {
        String text =
            document.passages().stream().map(Passage::text).collect(Collectors.joining("\n\n"));
        writer.addDocument(document(document.id(), document.title(), document.url(), text));
      }
      for (Session session : material.sessions()) {
        String text = session.title() + "\n\n" + session.description();
        writer.addDocument(
            document(
                SessionId.of(session.id()).sourceId(),
                session.title(),
                session.url().map(URI::toString),
                text));
      }
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the baseline index", e);
    }
    try {
      return new PlainLuceneBaseline(analyzer, directory, DirectoryReader.open(directory));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the baseline index", e);
    }
  }

  private static Document document(String id, String title, Optional<String> url, String text) {
    Document document = new Document();
    document.add(new StringField(ID, id, Field.Store.YES));
    document.add(new StoredField(TITLE, title));
    url.ifPresent(u -> document.add(new StoredField(URL, u)));
    // The title is part of the text, as it would be in a file someone indexed whole.
    document.add(new TextField(TEXT, title + "\n\n" + text, Field.Store.YES));
    return document;
  }

  /**
   * The top document for the question's words, quoted whole (up to {@value #MAX_ANSWER_CHARS}
   * characters) with its path as the source id; a {@link NoAnswer} only when no word matches.
   */
  public Reply answer(String question) {
    Objects.requireNonNull(question, "question");
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    Set<String> words = words(question);
    if (words.isEmpty()) {
      return noAnswer();
    }
    words.forEach(
        word -> query.add(new TermQuery(new Term(TEXT, word)), BooleanClause.Occur.SHOULD));
    try {
      TopDocs top = searcher.search(query.build(), 1);
      if (top.scoreDocs.length == 0) {
        return noAnswer();
      }
      Document hit = searcher.storedFields().document(top.scoreDocs[0].doc);
      String text = hit.get(TEXT);
      String quoted = text.length() > MAX_ANSWER_CHARS ? text.substring(0, MAX_ANSWER_CHARS) : text;
      Source source =
          new Source(
              hit.get(ID), hit.get(TITLE), Optional.empty(), Optional.ofNullable(hit.get(URL)));
      return new Answer(Snippet.plain(quoted), source, List.of(), List.of());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the baseline index", e);
    }
  }

  /** The question's distinct analyzed words, at most as many as one boolean query may hold. */
  private Set<String> words(String question) {
    Set<String> words = new LinkedHashSet<>();
    try (TokenStream tokens = analyzer.tokenStream(TEXT, question)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken() && words.size() < IndexSearcher.getMaxClauseCount()) {
        words.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text in memory cannot fail", e);
    }
    return words;
  }

  private static NoAnswer noAnswer() {
    return new NoAnswer(
        "No document matches any word of the question.",
        Optional.empty(),
        List.of(),
        List.of(),
        List.of());
  }

  /** How many documents (files and sessions) are indexed. */
  public int documentCount() {
    return documentCount;
  }

  /** The index's size in bytes, on disk or in memory. */
  public long indexBytes() {
    try {
      long total = 0;
      for (String file : directory.listAll()) {
        total += directory.fileLength(file);
      }
      return total;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the baseline index", e);
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the baseline index", e);
    }
    analyzer.close();
  }
}
