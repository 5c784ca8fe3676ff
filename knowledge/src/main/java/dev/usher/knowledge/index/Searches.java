package dev.usher.knowledge.index;

import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.PassageQuery;
import dev.usher.knowledge.analysis.EnglishWords;
import dev.usher.knowledge.analysis.UsherAnalyzers;
import dev.usher.knowledge.semantic.SentenceModel;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/** The searches the knowledge module offers over a {@link PassageIndex}. Thread-safe. */
public final class Searches {
  /**
   * Longer words get no suggestions: no one misspells a word this long, and the spell checker's
   * cost grows with the length (a 5,000-letter "word" took seconds).
   */
  static final int MAX_WORD_LENGTH = 30;

  private final PassageIndex index;
  private final PassageSearcher passages;

  /** One edit for words of five to seven letters, two for longer ones: "mate" is not "make". */
  private final DirectSpellChecker oneEdit = spellChecker(1);

  private final DirectSpellChecker twoEdits = spellChecker(2);

  /** Shorter words are left as typed: too many real words lie one edit from them. */
  private static final int MIN_CORRECTED_LENGTH = 5;

  private final Optional<SentenceModel> model;

  /**
   * Embeddings started for searches announced but not made yet, by text. A question the schedule
   * answers alone is never searched, so only the latest {@value #MAX_EXPECTED} are kept.
   */
  private final Map<String, CompletableFuture<float[]>> expected =
      Collections.synchronizedMap(
          new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<float[]>> e) {
              return size() > MAX_EXPECTED;
            }
          });

  /** More than the questions a bot answers at once, so an announced search finds its vector. */
  static final int MAX_EXPECTED = 64;

  public Searches(PassageIndex index, SynonymMap synonyms, Optional<SentenceModel> model) {
    this.index = index;
    this.model = model;
    this.passages =
        new PassageSearcher(
            UsherAnalyzers.englishWithSynonyms(synonyms), IndexSchema.indexAnalyzer());
  }

  private static DirectSpellChecker spellChecker(int maxEdits) {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMaxEdits(maxEdits);
    checker.setMinQueryLength(MIN_CORRECTED_LENGTH);
    return checker;
  }

  /**
   * Starts embedding {@code text}, when semantic search is on, for a search of it soon to come: the
   * question is then embedded while the schedule reads it and its words are searched.
   */
  public void willSearch(String text) {
    model.filter(m -> !text.isBlank()).ifPresent(m -> expected.put(text, m.embedLater(text)));
  }

  /**
   * The hits of {@code query} by words and, when semantic search is on, by meaning. The question is
   * embedded while its words are searched, if {@link #willSearch} has not started it already: the
   * two take about as long, and each needs one core.
   */
  public List<PassageHit> passages(PassageQuery query) {
    Optional<CompletableFuture<float[]>> vector =
        model
            .filter(m -> !query.text().isBlank())
            .map(
                m ->
                    Optional.ofNullable(expected.remove(query.text()))
                        .orElseGet(() -> m.embedLater(query.text())));
    return index.search(
        searcher -> passages.search(searcher, query, () -> vector.map(Searches::await)));
  }

  private static float[] await(CompletableFuture<float[]> vector) {
    try {
      return vector.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * Words of the index spelled like {@code word} (one edit for words up to seven letters, two for
   * longer ones), closest first; empty when the word itself is in the index, nothing is close, or
   * the word is shorter than five or longer than {@value #MAX_WORD_LENGTH} characters, not written
   * in Latin letters (edit distance over large alphabets costs more than it finds), holds a digit
   * (a year, a price or a room number is never a typo), or is a real English word ("tall" is not a
   * misspelt "talk").
   */
  public List<String> spellings(String word, int max) {
    String folded =
        java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    if (max < 1
        || folded.length() < MIN_CORRECTED_LENGTH
        || folded.length() > MAX_WORD_LENGTH
        || !folded.chars().allMatch(c -> c < 128 && Character.isLetter(c))
        || EnglishWords.contains(folded)) {
      return List.of();
    }
    DirectSpellChecker spellChecker = folded.length() < 8 ? oneEdit : twoEdits;
    return index.search(
        searcher -> {
          SuggestWord[] suggestions =
              spellChecker.suggestSimilar(
                  new Term(IndexSchema.WORDS, folded),
                  max,
                  searcher.getIndexReader(),
                  SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
          return Arrays.stream(suggestions).map(s -> s.string).toList();
        });
  }
}
