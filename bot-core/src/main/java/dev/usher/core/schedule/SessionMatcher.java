package dev.usher.core.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores sessions against the topic words of a question or a typed title, forgiving case, accents,
 * word order, plurals and small typos. Words are weighted by how rare they are among the titles,
 * so "trustworthy" counts more than "workshop", and a word no title has counts most: a question
 * whose main words no session has is not about a session. Immutable.
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
  /** Every word of every session: what a typed word's forms are looked up in. */
  private final Set<String> vocabulary = new HashSet<>();

  SessionMatcher(List<Session> sessions) {
    this.sessions = sessions;
    for (Session session : sessions) {
      Set<String> title = new HashSet<>(Words.tokens(session.title()));
      title.removeAll(Words.STOP);
      titleWords.put(session.id(), title);
      title.forEach(w -> titleFrequency.merge(w, 1, Integer::sum));
      Set<String> other = new HashSet<>();
      session.track().ifPresent(t -> other.addAll(Words.tokens(t)));
      session.speakers().forEach(p -> other.addAll(Words.tokens(p)));
      otherWords.put(session.id(), other);
      descriptionWords.put(session.id(), new HashSet<>(Words.tokens(session.description())));
      vocabulary.addAll(title);
      vocabulary.addAll(other);
      vocabulary.addAll(descriptionWords.get(session.id()));
    }
  }

  /** Sessions covering at least {@code minimum} of {@code words}, best first. */
  List<Scored> rank(List<String> words, boolean withDescription, double minimum) {
    if (words.isEmpty()) {
      return List.of();
    }
    List<Scored> scored = new ArrayList<>();
    for (Scored s : scoreAll(words, sessions, withDescription)) {
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
   * For each typed word, the schedule's words it {@linkplain #matches matches}: looked up once per
   * question, not once per session, which keeps a schedule of thousands of sessions fast.
   */
  private Map<String, Set<String>> forms(List<String> words) {
    Map<String, Set<String>> forms = new HashMap<>();
    for (String word : words) {
      forms.computeIfAbsent(word, typed -> {
        Set<String> matching = new HashSet<>();
        for (String known : vocabulary) {
          if (matches(typed, known)) {
            matching.add(known);
          }
        }
        return matching;
      });
    }
    return forms;
  }

  private Scored score(List<String> words, Map<String, Set<String>> forms, Session session, boolean withDescription) {
    Set<String> title = titleWords.get(session.id());
    Set<String> other = otherWords.get(session.id());
    Set<String> description = descriptionWords.get(session.id());
    double total = 0;
    double covered = 0;
    int titleHits = 0;
    for (String word : words) {
      double weight = weight(word);
      total += weight;
      Set<String> wordForms = forms.get(word);
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
