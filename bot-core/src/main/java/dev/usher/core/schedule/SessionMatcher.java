package dev.usher.core.schedule;

import dev.usher.core.conference.Session;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scores sessions against the topic words of a question or a typed title, forgiving case, accents,
 * word order, plurals and small typos. Words are weighted by how rare they are among the titles, so
 * "trustworthy" counts more than "workshop", and a word no title has counts most: a question whose
 * main words no session has is not about a session. Thread-safe.
 *
 * <p>A question costs what its words match, not what the schedule holds: a typed word's forms are
 * looked up in a {@link SessionVocabulary}, and only the sessions holding one of those forms are
 * scored.
 *
 * <p>The abstracts are most of a schedule's text, and a match on titles and names alone never reads
 * them: their words are folded the first time a match with the description asks for them, not when
 * the matcher is made (a restart's first question about a venue or a title then does not wait for
 * 10,000 abstracts).
 */
final class SessionMatcher {
  /** A session and how much of the topic it covers, from 0 to 1. */
  record Scored(Session session, double coverage, double titleShare) {}

  private static final double DESCRIPTION_WEIGHT = 0.6;

  /** Room for the rounding of sums of weights in {@link #ableToCover}. */
  private static final double BOUND_MARGIN = 1e-9;

  private final List<Session> sessions;
  private final Map<String, Integer> titleFrequency = new HashMap<>();
  private final Map<String, Set<String>> titleWords = new HashMap<>();
  private final Map<String, Set<String>> otherWords = new HashMap<>();

  /** Each session's title and other words, by its position in {@code sessions}. */
  private final List<List<Set<String>>> namedWords;

  /** The words of the titles, tracks and speakers: all a match without the description reads. */
  private final SessionVocabulary named;

  /** Each session's position in {@code sessions}, by identity. */
  private final Map<Session, Integer> positions = new IdentityHashMap<>();

  /** Made by {@link #described()} when first needed; never changes once made. */
  private volatile @Nullable Described described;

  /**
   * The abstracts' words of each session by id, and the vocabulary of every word of every session.
   */
  private record Described(Map<String, Set<String>> words, SessionVocabulary vocabulary) {}

  SessionMatcher(List<Session> sessions) {
    this.sessions = sessions;
    List<List<Set<String>>> namedWords = new ArrayList<>(sessions.size());
    for (int position = 0; position < sessions.size(); position++) {
      Session session = sessions.get(position);
      positions.put(session, position);
      Set<String> title = titleWords(session);
      Set<String> other = otherWords(session);
      titleWords.put(session.id(), title);
      title.forEach(w -> titleFrequency.merge(w, 1, Integer::sum));
      otherWords.put(session.id(), other);
      namedWords.add(List.of(title, other));
    }
    this.namedWords = namedWords;
    this.named = new SessionVocabulary(namedWords);
  }

  /** A title's words, stop words left out. */
  private static Set<String> titleWords(Session session) {
    Set<String> title = new HashSet<>(Words.tokens(session.title()));
    title.removeAll(Words.STOP);
    return title;
  }

  /** The words of a session's track and speakers. */
  private static Set<String> otherWords(Session session) {
    Set<String> other = new HashSet<>();
    session.track().ifPresent(t -> other.addAll(Words.tokens(t)));
    session.speakers().forEach(p -> other.addAll(Words.tokens(p)));
    return other;
  }

  /**
   * The abstracts' words, folded on first use. Folding every abstract is most of the work, and each
   * session's is its own: on every core, in schedule order, then gathered on one thread.
   */
  private Described described() {
    Described made = described;
    if (made != null) {
      return made;
    }
    synchronized (this) {
      if (described == null) {
        List<Set<String>> wordsOf =
            sessions.parallelStream()
                .<Set<String>>map(s -> new HashSet<>(Words.tokens(s.description())))
                .toList();
        Map<String, Set<String>> byId = new HashMap<>();
        List<List<Set<String>>> allWords = new ArrayList<>(sessions.size());
        for (int position = 0; position < sessions.size(); position++) {
          byId.put(sessions.get(position).id(), wordsOf.get(position));
          List<Set<String>> all = new ArrayList<>(namedWords.get(position));
          all.add(wordsOf.get(position));
          allWords.add(all);
        }
        described = new Described(byId, new SessionVocabulary(allWords));
      }
      return Objects.requireNonNull(described, "described");
    }
  }

  /**
   * Folds every abstract's words now, which the first match on abstracts would otherwise wait for;
   * a match running meanwhile waits for this fold instead of making its own.
   */
  void prepare() {
    described();
  }

  /** Whether the abstracts' words are folded yet. */
  boolean prepared() {
    return described != null;
  }

  /** What the forms of typed words are looked up in: with the abstracts' words, or without. */
  private SessionVocabulary vocabulary(boolean withDescription) {
    return withDescription ? described().vocabulary() : named;
  }

  /** Sessions covering at least {@code minimum} of {@code words}, best first. */
  List<Scored> rank(List<String> words, boolean withDescription, double minimum) {
    if (words.isEmpty()) {
      return List.of();
    }
    SessionVocabulary vocabulary = vocabulary(withDescription);
    Map<String, Set<String>> forms = vocabulary.forms(words);
    BitSet candidates =
        minimum > 0 ? ableToCover(vocabulary, words, forms, minimum) : everyPosition();
    List<Scored> scored = new ArrayList<>();
    for (int position = candidates.nextSetBit(0);
        position >= 0;
        position = candidates.nextSetBit(position + 1)) {
      Scored s = score(words, forms, sessions.get(position), withDescription);
      if (s.coverage() >= minimum) {
        scored.add(s);
      }
    }
    scored.sort(
        Comparator.comparingDouble(Scored::coverage)
            .thenComparingDouble(Scored::titleShare)
            .reversed());
    return scored;
  }

  /** How much of {@code words} each of {@code candidates} covers, in their order. */
  List<Scored> scoreAll(List<String> words, List<Session> candidates, boolean withDescription) {
    Map<String, Set<String>> forms = vocabulary(withDescription).forms(words);
    List<Scored> scored = new ArrayList<>(candidates.size());
    for (Session session : candidates) {
      scored.add(score(words, forms, session, withDescription));
    }
    return scored;
  }

  /**
   * Those of {@code candidates} that cover at least {@code minimum} (above 0) of {@code words}, in
   * their order; the sessions that could not reach it are skipped without being scored.
   */
  List<Scored> scoreCovering(
      List<String> words, List<Session> candidates, boolean withDescription, double minimum) {
    SessionVocabulary vocabulary = vocabulary(withDescription);
    Map<String, Set<String>> forms = vocabulary.forms(words);
    BitSet able = ableToCover(vocabulary, words, forms, minimum);
    List<Scored> scored = new ArrayList<>();
    for (Session session : candidates) {
      Integer position = positions.get(session);
      if (position == null || able.get(position)) {
        Scored s = score(words, forms, session, withDescription);
        if (s.coverage() >= minimum) {
          scored.add(s);
        }
      }
    }
    return scored;
  }

  /**
   * The positions of the sessions that can cover {@code minimum} (above 0) of {@code words}, and
   * some that cannot. A session covers at most the weight of the words whose forms it holds, so one
   * that holds none of a set of words weighing more than {@code 1 - minimum} of them all falls
   * short: only the holders of such a set are candidates. The set is made of the words held by the
   * fewest sessions, so that a question's rare words, not its "workshop", pick the candidates.
   */
  private BitSet ableToCover(
      SessionVocabulary vocabulary,
      List<String> words,
      Map<String, Set<String>> forms,
      double minimum) {
    double total = 0;
    List<Needed> byHolders = new ArrayList<>(words.size());
    for (String word : words) {
      double weight = weight(word);
      total += weight;
      Set<String> wordForms = Objects.requireNonNull(forms.get(word), "forms of every word");
      byHolders.add(new Needed(weight, vocabulary.holding(wordForms)));
    }
    byHolders.sort(Comparator.comparingInt(needed -> needed.holders().cardinality()));
    // The words chosen must weigh a little more than may be missed, so that the rounding of sums
    // never drops a session at the minimum exactly.
    double mayMiss = total * (1 - minimum) + BOUND_MARGIN * total;
    BitSet able = new BitSet();
    double chosen = 0;
    for (Needed needed : byHolders) {
      if (chosen > mayMiss) {
        break;
      }
      able.or(needed.holders());
      chosen += needed.weight();
    }
    return able;
  }

  private BitSet everyPosition() {
    BitSet every = new BitSet(sessions.size());
    every.set(0, sessions.size());
    return every;
  }

  /** A word's weight and the sessions holding one of its forms. */
  private record Needed(double weight, BitSet holders) {}

  /** Every word of the schedule's sessions, their abstracts' included. */
  Set<String> words() {
    return described().vocabulary().words();
  }

  /**
   * The words of the schedule's sessions, their abstracts' included, that {@link #matches} accepts
   * for {@code typed}, found without reading every word.
   */
  Set<String> formsOf(String typed) {
    return described().vocabulary().formsOf(typed);
  }

  private Scored score(
      List<String> words,
      Map<String, Set<String>> forms,
      Session session,
      boolean withDescription) {
    Set<String> title = wordsOf(titleWords, session);
    Set<String> other = wordsOf(otherWords, session);
    // Read only when asked for: a match on titles and names never folds the abstracts.
    Set<String> description = withDescription ? wordsOf(described().words(), session) : Set.of();
    double total = 0;
    double covered = 0;
    int titleHits = 0;
    for (String word : words) {
      double weight = weight(word);
      total += weight;
      Set<String> wordForms = Objects.requireNonNull(forms.get(word), "forms of every word");
      if (containsAny(title, wordForms)) {
        covered += weight;
        titleHits++;
      } else if (containsAny(other, wordForms)) {
        covered += weight;
      } else if (withDescription && containsAny(description, wordForms)) {
        covered += weight * DESCRIPTION_WEIGHT;
      }
    }
    double titleShare = title.isEmpty() ? 0 : Math.min(1.0, (double) titleHits / title.size());
    return new Scored(session, total == 0 ? 0 : covered / total, titleShare);
  }

  /** The words the constructor kept for {@code session}, which must be one it was given. */
  private static Set<String> wordsOf(Map<String, Set<String>> words, Session session) {
    Set<String> of = words.get(session.id());
    if (of == null) {
      throw new IllegalArgumentException(
          "session " + session.id() + " is not one this matcher was made with");
    }
    return of;
  }

  double weight(String word) {
    int frequency = titleFrequency.getOrDefault(word, 0);
    return Math.log(1.0 + (double) sessions.size() / (1 + frequency)) + 0.1;
  }

  private static boolean containsAny(Set<String> words, Set<String> wanted) {
    Set<String> smaller = words.size() < wanted.size() ? words : wanted;
    Set<String> larger = smaller == words ? wanted : words;
    for (String word : smaller) {
      if (larger.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Exact, a small typo, a word the typed one starts (4+ letters), or a plural of it. */
  static boolean matches(String typed, String word) {
    if (typed.equals(word) || Words.similar(typed, word)) {
      return true;
    }
    if (typed.length() >= 4 && word.startsWith(typed)) {
      return true;
    }
    return word.length() >= 4 && typed.startsWith(word) && typed.length() - word.length() <= 3;
  }
}
