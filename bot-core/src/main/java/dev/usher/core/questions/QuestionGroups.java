package dev.usher.core.questions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Groups questions asked in different words about one thing. Two questions are alike when they
 * share most of their content terms (Jaccard index at least {@value #MIN_SHARED_TERMS}), or, with
 * sentence vectors, when they are close in meaning (cosine at least {@value #MIN_SIMILARITY}); a
 * question joins the first group holding a question it is alike to, so a group is the questions
 * linked by likeness. Thread-safe: holds no state between calls.
 */
public final class QuestionGroups {
  /**
   * Share of the two questions' terms both hold: "where is the cloakroom" and "is there a
   * cloakroom".
   */
  static final double MIN_SHARED_TERMS = 0.5;

  /** Closeness in meaning that makes two questions one (the sentence model's cosine). */
  static final double MIN_SIMILARITY = 0.75;

  /** Other wordings a group shows besides its representative. */
  static final int OTHER_WORDINGS = 3;

  private final Function<String, List<String>> terms;
  private final Function<String, Optional<float[]>> meaning;

  /**
   * @param terms the content terms of a question (analysed as the search analyses them)
   * @param meaning the question's unit sentence vector, when search by meaning is on
   */
  public QuestionGroups(
      Function<String, List<String>> terms, Function<String, Optional<float[]>> meaning) {
    this.terms = terms;
    this.meaning = meaning;
  }

  /** The groups of {@code questions}, the largest first (then the most recently asked). */
  public List<QuestionReport.Group> group(List<LoggedQuestion> questions) {
    List<List<Read>> groups = new ArrayList<>();
    // Newest first: a group's first wording is then its latest.
    List<LoggedQuestion> newestFirst = new ArrayList<>(questions);
    newestFirst.sort(Comparator.comparing(LoggedQuestion::askedAt).reversed());
    Map<String, Read> readByText = new LinkedHashMap<>();
    for (LoggedQuestion question : newestFirst) {
      Read known = readByText.get(normal(question.question()));
      Read read =
          known != null
              ? new Read(question, known.terms, known.vector)
              : new Read(
                  question,
                  Set.copyOf(terms.apply(question.question())),
                  meaning.apply(question.question()));
      readByText.putIfAbsent(normal(question.question()), read);
      groups.stream()
          .filter(group -> group.stream().anyMatch(other -> alike(read, other)))
          .findFirst()
          .ifPresentOrElse(
              group -> group.add(read), () -> groups.add(new ArrayList<>(List.of(read))));
    }
    return groups.stream()
        .map(QuestionGroups::summary)
        .sorted(
            Comparator.comparingInt(QuestionReport.Group::count)
                .reversed()
                .thenComparing(QuestionReport.Group::lastSeen, Comparator.reverseOrder()))
        .toList();
  }

  private static boolean alike(Read a, Read b) {
    if (normal(a.question.question()).equals(normal(b.question.question()))) {
      return true;
    }
    if (!a.terms.isEmpty() && !b.terms.isEmpty()) {
      Set<String> shared = new HashSet<>(a.terms);
      shared.retainAll(b.terms);
      Set<String> all = new HashSet<>(a.terms);
      all.addAll(b.terms);
      if ((double) shared.size() / all.size() >= MIN_SHARED_TERMS) {
        return true;
      }
    }
    return a.vector.isPresent()
        && b.vector.isPresent()
        && dot(a.vector.get(), b.vector.get()) >= MIN_SIMILARITY;
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /**
   * The group's most asked wording represents it (the latest of equals); then up to three others.
   */
  private static QuestionReport.Group summary(List<Read> group) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, String> wording = new LinkedHashMap<>();
    for (Read read : group) {
      String key = normal(read.question.question());
      counts.merge(key, 1, Integer::sum);
      wording.putIfAbsent(key, read.question.question().strip());
    }
    List<String> byCount = new ArrayList<>(counts.keySet());
    byCount.sort(Comparator.comparingInt((String key) -> counts.get(key)).reversed());
    List<String> wordings = byCount.stream().map(wording::get).toList();
    Instant lastSeen = group.get(0).question.askedAt();
    Set<String> platforms = new TreeSet<>();
    group.forEach(read -> platforms.add(read.question.platform()));
    return new QuestionReport.Group(
        group.size(),
        wordings.get(0),
        wordings.subList(1, Math.min(wordings.size(), 1 + OTHER_WORDINGS)),
        lastSeen,
        List.copyOf(platforms));
  }

  private static String normal(String question) {
    return question
        .strip()
        .replaceAll("\\s+", " ")
        .replaceAll("[?!.]+$", "")
        .toLowerCase(Locale.ROOT);
  }

  private record Read(LoggedQuestion question, Set<String> terms, Optional<float[]> vector) {}
}
