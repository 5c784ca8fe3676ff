package dev.usher.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.knowledge.PassageQuery;
import dev.usher.core.testing.SharedData;
import dev.usher.knowledge.ConferenceSettingsFile;
import dev.usher.knowledge.analysis.UsherAnalyzers;
import dev.usher.knowledge.ingest.ConferenceMaterial;
import dev.usher.knowledge.ingest.ConferenceReader;
import dev.usher.knowledge.ingest.KnowledgeSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Weight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link WordCoverage} finds the same words per hit as asking {@link Weight#matches} for every hit
 * and word (how coverage was computed before), over the real question sets on real conferences.
 */
class WordCoverageTest {
  private static final Path SAMPLE = Path.of("../examples/iclr-2026");

  @TempDir Path indexDirectory;

  @Test
  void sameWordsAsMatchesPerHitOnTheSample() throws IOException {
    assertSameCoverage(SAMPLE);
  }

  @Test
  void sameWordsAsMatchesPerHitOnDjangoCon() throws IOException {
    assertSameCoverage(SharedData.data("djangocon-us-2024"));
  }

  private void assertSameCoverage(Path folder) throws IOException {
    // given: the folder's index and every question of every question set
    KnowledgeSettings settings = ConferenceSettingsFile.read(folder, indexDirectory);
    ConferenceMaterial material = new ConferenceReader(settings, file -> {}).read();
    List<String> rules = new ArrayList<>(UsherAnalyzers.BUILT_IN_SYNONYMS);
    rules.addAll(settings.synonyms());
    SynonymMap synonyms = UsherAnalyzers.synonyms(rules);
    PassageSearcher passages =
        new PassageSearcher(
            UsherAnalyzers.englishWithSynonyms(synonyms), IndexSchema.indexAnalyzer());
    List<String> questions = questions();
    try (PassageIndex index = PassageIndex.inMemory()) {
      index.replaceWith(material);

      // when / then: each question's hits hold the same words either way
      int[] compared = index.search(searcher -> compare(searcher, passages, questions));
      assertThat(questions).hasSizeGreaterThan(250);
      assertThat(compared[0]).as("hits compared").isGreaterThan(2_000);
      assertThat(compared[1]).as("hits holding a word").isGreaterThan(1_000);
    }
  }

  /** Compares every question's coverage; returns how many hits were compared and held a word. */
  private static int[] compare(
      IndexSearcher searcher, PassageSearcher passages, List<String> questions) throws IOException {
    int hits = 0;
    int holding = 0;
    for (String question : questions) {
      PassageQuery request = request(question);
      PassageSearcher.CoverageQueries queries = passages.coverageQueries(request);
      List<Integer> docs = hitsAndOthers(searcher, queries);
      for (Map<String, Query> kind :
          List.of(queries.passage(), queries.synonymPhrases(), queries.title())) {
        Map<String, Weight> weights = PassageSearcher.weights(searcher, kind);
        WordCoverage coverage = WordCoverage.of(weights, searcher.getIndexReader().leaves(), docs);
        for (int doc : docs) {
          Set<String> before = matchesPerWord(weights, searcher, doc);
          assertThat(coverage.wordsIn(doc)).as("%s, document %d", question, doc).isEqualTo(before);
          hits++;
          holding += before.isEmpty() ? 0 : 1;
        }
      }
    }
    return new int[] {hits, holding};
  }

  /** How coverage was computed before: {@link Weight#matches} for each word of each hit. */
  private static Set<String> matchesPerWord(
      Map<String, Weight> weights, IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Set<String> matched = new HashSet<>();
    for (Map.Entry<String, Weight> word : weights.entrySet()) {
      if (word.getValue().matches(leaf, doc - leaf.docBase) != null) {
        matched.add(word.getKey());
      }
    }
    return matched;
  }

  /**
   * The best 30 entries holding any word, and every 97th entry of the index, holding any or none.
   */
  private static List<Integer> hitsAndOthers(
      IndexSearcher searcher, PassageSearcher.CoverageQueries queries) throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Map<String, Query> kind :
        List.of(queries.passage(), queries.synonymPhrases(), queries.title())) {
      kind.values().forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
    }
    Set<Integer> docs = new LinkedHashSet<>();
    for (ScoreDoc hit : searcher.search(any.build(), 30).scoreDocs) {
      docs.add(hit.doc);
    }
    for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc += 97) {
      docs.add(doc);
    }
    return new ArrayList<>(docs);
  }

  /**
   * A question's words and the pairs of neighbouring words as phrases: the core keeps fewer (no
   * filler), which only makes its requests a subset of these.
   */
  private static PassageQuery request(String question) {
    List<String> words =
        Arrays.stream(question.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+"))
            .filter(w -> !w.isBlank())
            .distinct()
            .toList();
    List<String> phrases = new ArrayList<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      phrases.add(words.get(i) + " " + words.get(i + 1));
    }
    return new PassageQuery(words, phrases, 20);
  }

  /** The question column of every question set, bundled and shared. */
  private static List<String> questions() throws IOException {
    List<Path> sets =
        List.of(
            SharedData.eval("seed-questions.tsv"),
            SharedData.eval("djangocon-us-2024.tsv"),
            SAMPLE.resolve("schedule-questions.tsv"),
            Path.of("../eval/europython-2024.tsv"),
            Path.of("../eval/pyconuk-2017.tsv"));
    List<String> questions = new ArrayList<>();
    for (Path set : sets) {
      for (String line : Files.readAllLines(set, StandardCharsets.UTF_8)) {
        String[] columns = line.split("\t");
        if (!line.startsWith("#") && columns.length > 1 && !columns[0].equals("id")) {
          questions.add(columns[1]);
        }
      }
    }
    return questions;
  }
}
