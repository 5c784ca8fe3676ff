package dev.usher.knowledge.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analyzers of the index. Text fields are indexed with {@link #english()}; questions are
 * analyzed with {@link #englishWithSynonyms} so the synonym list can change without re-indexing;
 * {@link #folded()} keeps whole words (no stemming, no stop words) for typo matching and spelling
 * suggestions.
 */
public final class UsherAnalyzers {

  /**
   * Synonyms every conference needs, in Solr's format; the conference's own lines from {@code
   * usher.yaml} are added to these.
   */
  public static final List<String> BUILT_IN_SYNONYMS =
      List.of(
          "wifi, wi-fi, wireless, internet",
          "registration, check-in, checkin, badge pickup, badge pick-up",
          "keynote, plenary, keynote talk",
          "poster, poster session",
          "talk, presentation, lecture",
          "restroom, toilet, bathroom, washroom",
          "venue, location, convention center",
          "deadline, due date",
          "notification, notify, notified, decision",
          "schedule, program, programme, agenda",
          "organizer, organiser, chair",
          "organizers, organisers, chairs",
          "organize, organise",
          "cfp, paper submission",
          "camera-ready, camera ready, final version",
          // Conference life: what attendees say for what pages call it.
          "childcare, child care, kids, children, babysitter, babysitting, daycare, creche",
          "lift, elevator",
          "badge, lanyard",
          "cloakroom, coat check, garderobe",
          "photo, photos, picture, pictures, photography",
          "lunch, meal, food, catering",
          "virtual, online, remote, livestream, from home",
          "refund, money back, reimburse, reimbursement",
          "accessibility, accessible, wheelchair, step-free, step free, stairs, mobility",
          "service animal, guide dog, service dog, assistance dog, assistance animal",
          "nursing, lactation, breastfeeding, pump",
          "cost, price, fee",
          "transfer, transferred, give away",
          "hotel, lodging, accommodation");

  /** Shared: an analyzer is thread-safe, each thread reusing its own token streams. */
  private static final Analyzer TERMS = english();

  private UsherAnalyzers() {}

  /** The terms {@link #english()} makes of {@code text}, in order: how the index sees its words. */
  public static List<String> terms(String text) {
    List<String> terms = new java.util.ArrayList<>();
    try (TokenStream stream = TERMS.tokenStream("text", text)) {
      org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
          stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
    return terms;
  }

  /**
   * Standard tokens, possessives removed, lowercased, accents folded, stop words out, KStem and
   * plurals to singular.
   */
  public static Analyzer english() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, stemmed(tokenizer));
      }
    };
  }

  /**
   * {@link #english()} with {@code synonyms} expanded after stemming (rules are stemmed the same
   * way, so "runs" meets a rule written "run"); for questions only.
   */
  public static Analyzer englishWithSynonyms(SynonymMap synonyms) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = stemmed(tokenizer);
        if (synonyms.fst != null) {
          stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
  }

  /** Whole words, lowercased and accent-folded: for typo matching and spelling suggestions. */
  public static Analyzer folded() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
  }

  /**
   * Parses synonym lines in Solr's format ({@code a, b, c} or {@code a => b}). A line that cannot
   * be parsed fails with its text, so a typo in {@code usher.yaml} is reported where it is.
   */
  public static SynonymMap synonyms(List<String> lines) {
    try (Analyzer ruleAnalyzer = english()) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
      for (String line : lines) {
        try {
          parser.parse(new StringReader(line));
        } catch (java.text.ParseException | IllegalArgumentException e) {
          throw new IllegalArgumentException("synonyms: cannot read line '" + line + "'", e);
        }
      }
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * KStem, then plural "s" off: KStem's dictionary keeps many plurals as words of their own
   * ("papers", "talks", "sessions", "rooms", "days"), so a question in the plural would miss a
   * document in the singular. The minimal stemmer only strips plural endings, after KStem.
   */
  private static TokenStream stemmed(Tokenizer tokenizer) {
    return new EnglishMinimalStemFilter(new KStemFilter(normalized(tokenizer)));
  }

  private static TokenStream normalized(Tokenizer tokenizer) {
    TokenStream stream = new EnglishPossessiveFilter(tokenizer);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    return new StopFilter(stream, stopWords());
  }

  private static CharArraySet stopWords() {
    return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  }
}
