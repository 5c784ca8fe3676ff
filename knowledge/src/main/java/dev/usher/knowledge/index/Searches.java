package dev.usher.knowledge.index;

import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.PassageQuery;
import dev.usher.knowledge.analysis.UsherAnalyzers;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
  private final DirectSpellChecker spellChecker = new DirectSpellChecker();

  public Searches(PassageIndex index, SynonymMap synonyms) {
    this.index = index;
    this.passages =
        new PassageSearcher(UsherAnalyzers.englishWithSynonyms(synonyms), IndexSchema.indexAnalyzer());
    spellChecker.setMinQueryLength(4);
  }

  public List<PassageHit> passages(PassageQuery query) {
    return index.search(searcher -> passages.search(searcher, query));
  }

  /**
   * Words of the index spelled like {@code word} (at most two edits), most frequent first; empty
   * when the word itself is in the index, nothing is close, or the word is shorter than 4 or
   * longer than {@value #MAX_WORD_LENGTH} characters.
   */
  public List<String> spellings(String word, int max) {
    String folded = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    if (max < 1 || folded.length() < 4 || folded.length() > MAX_WORD_LENGTH
        || !folded.chars().allMatch(Character::isLetterOrDigit)) {
      return List.of();
    }
    return index.search(
        searcher -> {
          SuggestWord[] suggestions =
              spellChecker.suggestSimilar(
                  new Term(IndexSchema.WORDS, folded), max, searcher.getIndexReader(),
                  SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
          return Arrays.stream(suggestions).map(s -> s.string).toList();
        });
  }
}
