package dev.usher.knowledge.complete;

import dev.usher.core.command.CompletionKind;
import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Completions of session titles, speakers, rooms and tracks from one schedule, for Discord
 * autocomplete and the console: prefix and infix ("baird" completes "Alice Baird"), case and accent
 * blind, and typo tolerant (a word no value has is replaced by the closest word that one has, then
 * completed). An empty prefix gives the first values: sessions in time order, the rest
 * alphabetically. Built once per schedule, in memory; thread-safe; close it when the schedule is
 * replaced.
 */
public final class ScheduleCompletions implements AutoCloseable {
  private static final String WORDS = "words";

  private final Map<CompletionKind, Values> values = new EnumMap<>(CompletionKind.class);

  private ScheduleCompletions() {}

  /** Completions over {@code schedule}'s titles, speakers, rooms and tracks. */
  public static ScheduleCompletions of(Schedule schedule) {
    Objects.requireNonNull(schedule, "schedule");
    ScheduleCompletions completions = new ScheduleCompletions();
    try {
      completions.add(CompletionKind.SESSION, schedule, s -> List.of(s.title()), false);
      completions.add(CompletionKind.SPEAKER, schedule, Session::speakers, true);
      completions.add(CompletionKind.ROOM, schedule, s -> s.room().stream().toList(), true);
      completions.add(CompletionKind.TRACK, schedule, s -> s.track().stream().toList(), true);
    } catch (IOException e) {
      completions.close();
      throw new UncheckedIOException("could not build schedule completions", e);
    }
    return completions;
  }

  /**
   * Up to {@code max} values of {@code kind} completing {@code prefix}; empty for {@link
   * CompletionKind#DAY}, which the core completes.
   */
  public List<String> complete(CompletionKind kind, String prefix, int max) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(prefix, "prefix");
    if (max <= 0) {
      return List.of();
    }
    Values of = values.get(kind);
    if (of == null) {
      return List.of();
    }
    try {
      return of.complete(prefix.strip(), max);
    } catch (IOException e) {
      throw new UncheckedIOException("could not complete " + kind, e);
    }
  }

  @Override
  public void close() {
    for (Values v : values.values()) {
      v.close();
    }
  }

  private void add(
      CompletionKind kind, Schedule schedule, Function<Session, List<String>> of, boolean sorted)
      throws IOException {
    Set<String> distinct = new LinkedHashSet<>();
    for (Session session : schedule.sessions()) {
      of.apply(session).stream().filter(v -> !v.isBlank()).forEach(distinct::add);
    }
    List<String> ordered = new ArrayList<>(distinct);
    if (sorted) {
      ordered.sort(String.CASE_INSENSITIVE_ORDER);
    }
    values.put(kind, new Values(ordered));
  }

  static Analyzer analyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
  }

  /** The values of one kind: an infix suggester and a word index for spelling corrections. */
  private static final class Values implements AutoCloseable {
    private final List<String> ordered;
    private final AnalyzingInfixSuggester suggester;
    private final ByteBuffersDirectory wordsDirectory = new ByteBuffersDirectory();
    private final DirectoryReader words;
    private final DirectSpellChecker spelling = new DirectSpellChecker();

    Values(List<String> ordered) throws IOException {
      this.ordered = List.copyOf(ordered);
      Analyzer analyzer = analyzer();
      this.suggester =
          new AnalyzingInfixSuggester(new ByteBuffersDirectory(), analyzer, analyzer, 1, false);
      try (IndexWriter writer = new IndexWriter(wordsDirectory, new IndexWriterConfig(analyzer))) {
        for (int i = 0; i < ordered.size(); i++) {
          String value = ordered.get(i);
          // Earlier values weigh more: ties come out in time order (sessions) or alphabetically.
          suggester.add(new BytesRef(value), Set.of(), ordered.size() - i, null);
          Document doc = new Document();
          doc.add(new TextField(WORDS, value, Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      if (!ordered.isEmpty()) {
        suggester.refresh(); // refresh before any add throws "suggester was not built"
      }
      this.words = DirectoryReader.open(wordsDirectory);
      spelling.setMinQueryLength(3);
    }

    List<String> complete(String prefix, int max) throws IOException {
      if (prefix.isEmpty() || ordered.isEmpty()) {
        return ordered.subList(0, Math.min(max, ordered.size()));
      }
      List<String> found = lookup(prefix, max);
      if (found.isEmpty()) {
        String corrected = corrected(prefix);
        if (!corrected.equals(prefix)) {
          found = lookup(corrected, max);
        }
      }
      return found;
    }

    private List<String> lookup(String text, int max) throws IOException {
      List<LookupResult> results = suggester.lookup(text, max, true, false);
      return results.stream().map(r -> r.key.toString()).distinct().limit(max).toList();
    }

    /** {@code prefix} with each word no value has replaced by the closest word a value has. */
    private String corrected(String prefix) throws IOException {
      List<String> out = new ArrayList<>();
      try (TokenStream stream = analyzer().tokenStream(WORDS, prefix)) {
        var term =
            stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          String word = term.toString();
          SuggestWord[] suggestions =
              spelling.suggestSimilar(
                  new Term(WORDS, word), 1, words, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
          out.add(suggestions.length > 0 ? suggestions[0].string : word);
        }
        stream.end();
      }
      return String.join(" ", out);
    }

    @Override
    public void close() {
      try {
        suggester.close();
        words.close();
      } catch (IOException e) {
        throw new UncheckedIOException("could not close completions", e);
      }
    }
  }
}
