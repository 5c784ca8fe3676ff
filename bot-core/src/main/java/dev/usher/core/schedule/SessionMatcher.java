package dev.usher.core.schedule;

import dev.usher.core.conference.Session;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores sessions against the topic words of a question or a typed title, forgiving case, accents,
 * word order, plurals and small typos. Words are weighted by how rare they are among the titles, so
 * "trustworthy" counts more than "workshop", and a word no title has counts most: a question whose
 * main words no session has is not about a session. Immutable.
 *
 * <p>A question costs what its words match, not what the schedule holds: a typed word's forms are
 * looked up among the words of its length (a typo changes the length by at most two) and by prefix,
 * and only the sessions holding one of those forms are scored.
 */
final class SessionMatcher {
  /** A session and how much of the topic it covers, from 0 to 1. */
  record Scored(Session session, double coverage, double titleShare) {}

  private static final double DESCRIPTION_WEIGHT = 0.6;

  private final List<Session> sessions;
  private final Map<String, Integer> titleFrequency = new HashMap<>();
  private final Map<String, Set<String>> titleWords = new HashMap<>();
  private final Map<String, Set<String>> otherWords = new HashMap<>();
  private final Map<String, Set<String>> descriptionWords = new HashMap<>();

  /** Every word of every session, sorted: what a typed word's forms are looked up in, by prefix. */
  private final NavigableSet<String> vocabulary = new TreeSet<>();

  /**
   * The same words without digits (a number is never a typo) by length, for the typo-tolerant
   * lookup.
   */
  private final Map<Integer, Bucket> vocabularyByLength = new HashMap<>();

  /** For each word, the positions in {@code sessions} of the sessions that hold it anywhere. */
  private final Map<String, BitSet> holders = new HashMap<>();

  /** Each session's position in {@code sessions}, by identity. */
  private final Map<Session, Integer> positions = new IdentityHashMap<>();

  SessionMatcher(List<Session> sessions) {
    this.sessions = sessions;
    // Folding every session's text is most of the work, and each session's is its own: on every
    // core, in schedule order, then gathered on one thread.
    List<SessionWords> wordsOf = sessions.parallelStream().map(SessionWords::of).toList();
    for (int position = 0; position < sessions.size(); position++) {
      Session session = sessions.get(position);
      SessionWords words = wordsOf.get(position);
      positions.put(session, position);
      titleWords.put(session.id(), words.title());
      words.title().forEach(w -> titleFrequency.merge(w, 1, Integer::sum));
      otherWords.put(session.id(), words.other());
      descriptionWords.put(session.id(), words.description());
      Set<String> all = new HashSet<>(words.title());
      all.addAll(words.other());
      all.addAll(words.description());
      for (String word : all) {
        holders.computeIfAbsent(word, w -> new BitSet()).set(position);
      }
    }
    // Every word of every session holds a position: sorting them once, not each session's again.
    vocabulary.addAll(holders.keySet());
    Map<Integer, List<String>> byLength = new HashMap<>();
    for (String word : vocabulary) {
      if (!Words.hasDigit(word)) {
        byLength.computeIfAbsent(word.length(), length -> new ArrayList<>()).add(word);
      }
    }
    byLength.forEach((length, words) -> vocabularyByLength.put(length, Bucket.of(words)));
  }

  /**
   * One session's words: of its title (stop words left out), its track and speakers, its abstract.
   */
  private record SessionWords(Set<String> title, Set<String> other, Set<String> description) {
    static SessionWords of(Session session) {
      Set<String> title = new HashSet<>(Words.tokens(session.title()));
      title.removeAll(Words.STOP);
      Set<String> other = new HashSet<>();
      session.track().ifPresent(t -> other.addAll(Words.tokens(t)));
      session.speakers().forEach(p -> other.addAll(Words.tokens(p)));
      return new SessionWords(title, other, new HashSet<>(Words.tokens(session.description())));
    }
  }

  /**
   * Words of one length with their letter masks ({@link #letters}). An edit changes a word's set of
   * letters by at most one letter removed and one added, so two words within {@code k} edits differ
   * in at most {@code 2k} bits of their masks: a test of a few nanoseconds that rules out nearly
   * every word before the edit distance is computed.
   */
  private record Bucket(String[] words, int[] masks) {
    static Bucket of(List<String> words) {
      int[] masks = new int[words.size()];
      for (int i = 0; i < masks.length; i++) {
        masks[i] = letters(words.get(i));
      }
      return new Bucket(words.toArray(String[]::new), masks);
    }
  }

  /** A bit per letter a word holds: a to z their own, other characters folded onto six more. */
  static int letters(String word) {
    int mask = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      mask |= 1 << (c >= 'a' && c <= 'z' ? c - 'a' : 26 + c % 6);
    }
    return mask;
  }

  /** Sessions covering at least {@code minimum} of {@code words}, best first. */
  List<Scored> rank(List<String> words, boolean withDescription, double minimum) {
    if (words.isEmpty()) {
      return List.of();
    }
    List<Scored> scored = new ArrayList<>();
    // A session holding none of the words covers nothing: with a positive minimum it cannot rank.
    Map<String, Set<String>> forms = forms(words);
    List<Session> candidates = minimum > 0 ? holdersOfAny(forms) : sessions;
    for (Session session : candidates) {
      Scored s = score(words, forms, session, withDescription);
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
    Map<String, Set<String>> forms = forms(words);
    List<Scored> scored = new ArrayList<>(candidates.size());
    for (Session session : candidates) {
      scored.add(score(words, forms, session, withDescription));
    }
    return scored;
  }

  /**
   * How much of {@code words} those of {@code candidates} cover that hold one of the words' forms,
   * in their order: the others cover nothing, and are skipped without being scored.
   */
  List<Scored> scoreHolding(List<String> words, List<Session> candidates, boolean withDescription) {
    Map<String, Set<String>> forms = forms(words);
    BitSet holding = holding(forms);
    List<Scored> scored = new ArrayList<>();
    for (Session session : candidates) {
      Integer position = positions.get(session);
      if (position == null || holding.get(position)) {
        scored.add(score(words, forms, session, withDescription));
      }
    }
    return scored;
  }

  /** The sessions holding any of {@code forms}, in schedule order. */
  private List<Session> holdersOfAny(Map<String, Set<String>> forms) {
    BitSet positions = holding(forms);
    List<Session> holding = new ArrayList<>(positions.cardinality());
    positions.stream().forEach(position -> holding.add(sessions.get(position)));
    return holding;
  }

  private BitSet holding(Map<String, Set<String>> forms) {
    BitSet positions = new BitSet();
    forms
        .values()
        .forEach(
            set -> set.forEach(form -> positions.or(holders.getOrDefault(form, new BitSet()))));
    return positions;
  }

  /**
   * For each typed word, the schedule's words it {@linkplain #matches matches}: looked up once per
   * question, not once per session, which keeps a schedule of thousands of sessions fast.
   */
  private Map<String, Set<String>> forms(List<String> words) {
    Map<String, Set<String>> forms = new HashMap<>();
    for (String word : words) {
      forms.computeIfAbsent(word, this::formsOf);
    }
    return forms;
  }

  /** Every word of the schedule's sessions. */
  Set<String> words() {
    return Collections.unmodifiableSet(vocabulary);
  }

  /** The words {@link #matches} accepts for {@code typed}, found without reading every word. */
  Set<String> formsOf(String typed) {
    Set<String> matching = new HashSet<>();
    if (vocabulary.contains(typed)) {
      matching.add(typed);
    }
    int edits = Words.allowedEdits(typed.length());
    if (edits > 0 && !Words.hasDigit(typed)) {
      int mask = letters(typed);
      for (int length = typed.length() - edits; length <= typed.length() + edits; length++) {
        Bucket bucket = vocabularyByLength.get(length);
        if (bucket == null) {
          continue;
        }
        for (int i = 0; i < bucket.words().length; i++) {
          if (Integer.bitCount(mask ^ bucket.masks()[i]) <= 2 * edits
              && Words.similar(typed, bucket.words()[i])) {
            matching.add(bucket.words()[i]);
          }
        }
      }
    }
    if (typed.length() >= 4) {
      // Words the typed one starts: the sorted run of words from it up to its last possible
      // follower.
      matching.addAll(vocabulary.subSet(typed, true, typed + Character.MAX_VALUE, true));
    }
    // Words that start the typed one (a plural or ending typed on a word of 4+ letters).
    for (int length = Math.max(4, typed.length() - 3); length < typed.length(); length++) {
      String start = typed.substring(0, length);
      if (vocabulary.contains(start)) {
        matching.add(start);
      }
    }
    return matching;
  }

  private Scored score(
      List<String> words,
      Map<String, Set<String>> forms,
      Session session,
      boolean withDescription) {
    Set<String> title = wordsOf(titleWords, session);
    Set<String> other = wordsOf(otherWords, session);
    Set<String> description = wordsOf(descriptionWords, session);
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
