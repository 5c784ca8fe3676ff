package dev.usher.knowledge.index;

import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.PassageQuery;
import dev.usher.core.knowledge.Retrieval;
import dev.usher.knowledge.semantic.Vectors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.QueryBuilder;

/**
 * Runs a {@link PassageQuery}: each word is matched in the title (x3), the section heading (x2) or
 * the body, phrases count extra, and every hit carries the signals the core decides from. Never
 * parses query syntax: words are analyzed as text, whatever characters they hold. Thread-safe.
 */
final class PassageSearcher {
  private static final float TITLE_BOOST = 3f;
  private static final float HEADING_BOOST = 2f;
  private static final float PHRASE_BOOST = 4f;

  /** How many of the best entries by words a question's phrases rescore. */
  static final int PHRASE_WINDOW = 60;

  private final QueryBuilder queries;
  private final Analyzer bodyAnalyzer;

  PassageSearcher(Analyzer questionAnalyzer, Analyzer bodyAnalyzer) {
    this.queries = new QueryBuilder(questionAnalyzer);
    this.bodyAnalyzer = bodyAnalyzer;
  }

  /**
   * The best {@code limit} hits by words and, when {@code meaning} gives the question's vector, the
   * {@code limit} nearest by meaning: one list, word hits first in their order, then those found by
   * meaning only. Every hit carries both ranks and its similarity to the question. {@code meaning}
   * is asked once, after the words are searched, so the vector may be worked out meanwhile.
   */
  List<PassageHit> search(
      IndexSearcher searcher, PassageQuery request, Supplier<Optional<float[]>> meaning)
      throws IOException {
    Analysed analysed = new Analysed(queries);
    Map<String, Query> wordQueries = new LinkedHashMap<>();
    for (String word : request.words()) {
      acrossFields(analysed, word, false).ifPresent(q -> wordQueries.putIfAbsent(word, q));
    }
    // A phrase that a synonym rule expands ("guide dog": "service animals") can match where none of
    // its words does, so it searches the whole index with the words; the others only rescore.
    List<Query> phraseQueries = new ArrayList<>();
    List<Query> synonymPhrases = new ArrayList<>();
    for (String phrase : request.phrases()) {
      acrossFields(analysed, phrase, true)
          .ifPresent(hasSynonyms(analysed, phrase) ? synonymPhrases::add : phraseQueries::add);
    }
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    wordQueries.values().forEach(q -> words.add(q, BooleanClause.Occur.SHOULD));
    synonymPhrases.forEach(
        q -> words.add(new BoostQuery(q, PHRASE_BOOST), BooleanClause.Occur.SHOULD));
    BooleanQuery.Builder phrases = new BooleanQuery.Builder();
    phraseQueries.forEach(
        q -> phrases.add(new BoostQuery(q, PHRASE_BOOST), BooleanClause.Occur.SHOULD));
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(words.build(), BooleanClause.Occur.SHOULD);
    all.add(phrases.build(), BooleanClause.Occur.SHOULD);
    Query query = all.build();

    Map<Integer, Found> found = new LinkedHashMap<>();
    if (!wordQueries.isEmpty()) {
      ScoreDoc[] byWords =
          byWordsThenPhrases(searcher, words.build(), phrases.build(), request.limit());
      for (int rank = 0; rank < byWords.length; rank++) {
        found.put(byWords[rank].doc, new Found(byWords[rank].score, rank));
      }
    }
    Optional<float[]> questionVector = meaning.get();
    if (questionVector.isPresent()) {
      ScoreDoc[] byMeaning =
          searcher.search(
                  new KnnFloatVectorQuery(
                      IndexSchema.VECTOR, questionVector.get(), request.limit()),
                  request.limit())
              .scoreDocs;
      for (int rank = 0; rank < byMeaning.length; rank++) {
        Found how =
            found.computeIfAbsent(byMeaning[rank].doc, doc -> new Found(0, Retrieval.UNRANKED));
        how.semanticRank = rank;
        // Lucene scores a dot-product match (1 + cosine) / 2.
        how.similarity = OptionalDouble.of(2.0 * byMeaning[rank].score - 1);
      }
    }
    if (found.isEmpty()) {
      return List.of();
    }
    Map<String, Double> weights = wordWeights(searcher, wordQueries.keySet());
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    CoverageQueries coverage = coverageQueries(request, analysed);
    WordCoverage inPassage =
        WordCoverage.of(weights(searcher, coverage.passage()), leaves, found.keySet());
    WordCoverage inSynonymPhrase =
        WordCoverage.of(weights(searcher, coverage.synonymPhrases()), leaves, found.keySet());
    WordCoverage inTitle =
        WordCoverage.of(weights(searcher, coverage.title()), leaves, found.keySet());
    TermEmphasis emphasis = TermEmphasis.of(query, IndexSchema.BODY);
    EntryMetadata metadata = EntryMetadata.of(leaves, found.keySet());

    List<PassageHit> hits = new ArrayList<>();
    for (Map.Entry<Integer, Found> entry : found.entrySet()) {
      int doc = entry.getKey();
      Found how = entry.getValue();
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      int leafDoc = doc - leaf.docBase;
      LateText text = new LateText(searcher.getIndexReader(), leaf.reader(), leafDoc, emphasis);
      // Hits found by words only have no similarity yet: their stored vector gives it.
      OptionalDouble similarity =
          how.similarity.isEmpty() && questionVector.isPresent()
              ? similarity(leaf, leafDoc, questionVector.get())
              : how.similarity;
      EntryMetadata.About about = metadata.of(doc);
      hits.add(
          new PassageHit(
              about.kind(),
              about.source(),
              text::read,
              how.score,
              matchedWords(inPassage.wordsIn(doc), inSynonymPhrase.wordsIn(doc)),
              inTitle.wordsIn(doc),
              weights,
              new Retrieval(how.lexicalRank, how.semanticRank, similarity)));
    }
    return hits;
  }

  /**
   * The best {@code limit} entries by words, their phrases counted: the words are searched over the
   * whole index, and the phrases (a match of every word in order, read from positions) only score
   * the best {@value #PHRASE_WINDOW} by words. A phrase can only lift an entry that holds its
   * words, so this differs from one query of words and phrases only for an entry beyond that window
   * whose phrases would have lifted it into the best {@code limit}.
   */
  private static ScoreDoc[] byWordsThenPhrases(
      IndexSearcher searcher, Query words, Query phrases, int limit) throws IOException {
    if (((BooleanQuery) phrases).clauses().isEmpty()) {
      return searcher.search(words, limit).scoreDocs;
    }
    TopDocs byWords = searcher.search(words, Math.max(limit, PHRASE_WINDOW));
    return new QueryRescorer(phrases) {
      @Override
      protected float combine(
          float firstPassScore, boolean secondPassMatches, float secondPassScore) {
        return secondPassMatches ? firstPassScore + secondPassScore : firstPassScore;
      }
    }.rescore(searcher, byWords, limit).scoreDocs;
  }

  /** Where one entry was found. */
  private static final class Found {
    final float score;
    final int lexicalRank;
    int semanticRank = Retrieval.UNRANKED;
    OptionalDouble similarity = OptionalDouble.empty();

    Found(float score, int lexicalRank) {
      this.score = score;
      this.lexicalRank = lexicalRank;
    }
  }

  /** The cosine of the entry's stored vector and the question's; empty when it has none. */
  private static OptionalDouble similarity(LeafReaderContext leaf, int leafDoc, float[] question)
      throws IOException {
    FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexSchema.VECTOR);
    if (values == null) {
      return OptionalDouble.empty();
    }
    KnnVectorValues.DocIndexIterator iterator = values.iterator();
    if (iterator.advance(leafDoc) != leafDoc) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Vectors.cosine(values.vectorValue(iterator.index()), question));
  }

  private static Optional<Query> acrossFields(Analysed analysed, String text, boolean phrase) {
    List<Query> perField = new ArrayList<>();
    field(analysed, IndexSchema.TITLE, text, phrase, TITLE_BOOST).ifPresent(perField::add);
    field(analysed, IndexSchema.HEADING, text, phrase, HEADING_BOOST).ifPresent(perField::add);
    field(analysed, IndexSchema.BODY, text, phrase, 1f).ifPresent(perField::add);
    return perField.isEmpty()
        ? Optional.empty()
        : Optional.of(new DisjunctionMaxQuery(perField, 0.1f));
  }

  private static Optional<Query> inFields(Analysed analysed, String word, String... fields) {
    List<Query> perField = new ArrayList<>();
    for (String field : fields) {
      field(analysed, field, word, false, 1f).ifPresent(perField::add);
    }
    return perField.isEmpty()
        ? Optional.empty()
        : Optional.of(new DisjunctionMaxQuery(perField, 0f));
  }

  private static Optional<Query> field(
      Analysed analysed, String field, String text, boolean phrase, float boost) {
    return analysed
        .query(field, text, phrase ? 1 : 0)
        .map(query -> boost == 1f ? query : new BoostQuery(query, boost));
  }

  /**
   * The queries of one search's words and phrases, each analysed once per field: the search and the
   * coverage of its hits ask for the same ones. Not thread-safe; one per search.
   */
  private static final class Analysed {
    private final QueryBuilder queries;
    private final Map<String, Optional<Query>> made = new HashMap<>();

    Analysed(QueryBuilder queries) {
      this.queries = queries;
    }

    Optional<Query> query(String field, String text, int slop) {
      // createPhraseQuery keeps a hyphenated or multi-token word together ("wi-fi", "E-MM1").
      return made.computeIfAbsent(
          field + '\u0000' + slop + '\u0000' + text,
          key -> Optional.ofNullable(queries.createPhraseQuery(field, text, slop)));
    }
  }

  static Map<String, Weight> weights(IndexSearcher searcher, Map<String, Query> queries)
      throws IOException {
    Map<String, Weight> weights = new LinkedHashMap<>();
    for (Map.Entry<String, Query> entry : queries.entrySet()) {
      Query rewritten = searcher.rewrite(entry.getValue());
      weights.put(
          entry.getKey(), searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1));
    }
    return weights;
  }

  /**
   * The question's words the passage holds, itself or through a synonym of a phrase they form: a
   * passage that says "service animals" holds "guide" and "dog" of "guide dog".
   */
  private static Set<String> matchedWords(Set<String> words, Set<String> synonymPhrases) {
    Set<String> matched = new HashSet<>(words);
    for (String phrase : synonymPhrases) {
      matched.addAll(List.of(phrase.split(" ")));
    }
    return matched;
  }

  /**
   * The queries that tell which of a request's words a hit holds: each word in the passage (heading
   * or body) and in its title, and each phrase a synonym rule expands in the passage.
   */
  CoverageQueries coverageQueries(PassageQuery request) {
    return coverageQueries(request, new Analysed(queries));
  }

  private static CoverageQueries coverageQueries(PassageQuery request, Analysed analysed) {
    Map<String, Query> passage = new LinkedHashMap<>();
    Map<String, Query> title = new LinkedHashMap<>();
    for (String word : request.words()) {
      inFields(analysed, word, IndexSchema.HEADING, IndexSchema.BODY)
          .ifPresent(q -> passage.putIfAbsent(word, q));
      inFields(analysed, word, IndexSchema.TITLE).ifPresent(q -> title.putIfAbsent(word, q));
    }
    Map<String, Query> synonymPhrases = new LinkedHashMap<>();
    for (String phrase : request.phrases()) {
      if (hasSynonyms(analysed, phrase)) {
        inFields(analysed, phrase, IndexSchema.HEADING, IndexSchema.BODY)
            .ifPresent(q -> synonymPhrases.put(phrase, q));
      }
    }
    return new CoverageQueries(passage, synonymPhrases, title);
  }

  /** Coverage queries by the word or phrase they stand for, in the request's order. */
  record CoverageQueries(
      Map<String, Query> passage, Map<String, Query> synonymPhrases, Map<String, Query> title) {}

  /**
   * Whether the question analyzer expands {@code phrase} (a synonym rule of several words, like
   * "guide dog" or "from home"): only then can the phrase match where its words do not.
   */
  private static boolean hasSynonyms(Analysed analysed, String phrase) {
    return analysed
        .query(IndexSchema.BODY, phrase, 0)
        .filter(plain -> !(plain instanceof PhraseQuery) && !(plain instanceof TermQuery))
        .isPresent();
  }

  /**
   * How rare each word is, as BM25's idf over the body field: a question whose rare words are
   * missing from a passage is not answered by it, whatever its common words match. A word the
   * material does not hold at all weighs as much as its rarest word that it does hold, no more: the
   * attendee used a word the pages do not ("babysitter"), which says nothing about which passage
   * answers, and as the rarest of all it would otherwise outweigh every word that does match.
   */
  private Map<String, Double> wordWeights(IndexSearcher searcher, Set<String> words)
      throws IOException {
    int docs = Math.max(1, searcher.getIndexReader().numDocs());
    Map<String, Integer> docFreqs = new LinkedHashMap<>();
    for (String word : words) {
      int docFreq = 0;
      for (String token : AnalyzedTokens.of(bodyAnalyzer, IndexSchema.BODY, word)) {
        docFreq =
            Math.max(docFreq, searcher.getIndexReader().docFreq(new Term(IndexSchema.BODY, token)));
        docFreq =
            Math.max(
                docFreq, searcher.getIndexReader().docFreq(new Term(IndexSchema.TITLE, token)));
      }
      docFreqs.put(word, docFreq);
    }
    double rarestPresent =
        docFreqs.values().stream()
            .filter(f -> f > 0)
            .mapToDouble(f -> idf(docs, f))
            .max()
            .orElse(idf(docs, 1));
    Map<String, Double> weights = new LinkedHashMap<>();
    docFreqs.forEach(
        (word, docFreq) -> weights.put(word, docFreq == 0 ? rarestPresent : idf(docs, docFreq)));
    return weights;
  }

  private static double idf(int docs, int docFreq) {
    return Math.log(1 + (docs - docFreq + 0.5) / (docFreq + 0.5));
  }
}
