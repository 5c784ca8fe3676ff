package dev.usher.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.concurrent.Meanwhile;
import dev.usher.core.conference.Schedule;
import dev.usher.core.conference.Session;
import dev.usher.core.testing.SharedData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The matcher finds a typed word's forms without reading every word of the schedule: exactly the
 * forms that comparing the typed word with every word would find.
 */
class SessionMatcherTest {

  @Test
  void formsFoundByLengthAndPrefixAreTheFormsEveryWordWouldGive() {
    assertSameFormsAsEveryWord(new SessionMatcher(Fixtures.conference().sessions()), 1);
  }

  @Test
  void formsOverARealScheduleAreTheFormsEveryWordWouldGive() throws Exception {
    Schedule congress = FrabTestReader.read(SharedData.data("31c3/schedule.xml"));
    // every 40th of its words typed, each compared with all of them: the comparing is the slow part
    assertSameFormsAsEveryWord(new SessionMatcher(congress.sessions()), 40);
  }

  @Test
  void onlySessionsHoldingAWordAreRankedAndTheOrderIsTheSchedules() {
    // given the sample schedule and a topic some of its titles hold
    Schedule schedule = Fixtures.conference();
    SessionMatcher matcher = new SessionMatcher(schedule.sessions());
    String word =
        schedule.sessions().get(0).title().split(" ")[0].toLowerCase(java.util.Locale.ROOT);

    // then ranking with a floor gives what scoring every session and filtering gives
    List<SessionMatcher.Scored> everySession =
        matcher.scoreAll(List.of(word), schedule.sessions(), false).stream()
            .filter(s -> s.coverage() >= 0.5)
            .sorted(
                java.util.Comparator.comparingDouble(SessionMatcher.Scored::coverage)
                    .thenComparingDouble(SessionMatcher.Scored::titleShare)
                    .reversed())
            .toList();
    assertThat(matcher.rank(List.of(word), false, 0.5)).isNotEmpty().isEqualTo(everySession);
  }

  @Test
  void aMatchOnTitlesAndNamesGivesWhatComparingEveryTitleAndNameWordGives() throws Exception {
    // given a real schedule, and a matcher that has not folded its abstracts
    Schedule congress = FrabTestReader.read(SharedData.data("31c3/schedule.xml"));
    SessionMatcher matcher = new SessionMatcher(congress.sessions());
    List<String> sample = new ArrayList<>();
    int position = 0;
    for (Session session : congress.sessions()) {
      if (position++ % 20 == 0) {
        sample.addAll(Words.tokens(session.title()));
        session.speakers().forEach(speaker -> sample.addAll(Words.tokens(speaker)));
      }
    }

    // then ranking on titles and names finds the sessions and scores that every word would give
    for (String typed : typings(sample)) {
      for (List<String> topic : List.of(List.of(typed), List.of(typed, "security"))) {
        assertThat(matcher.rank(topic, false, 0.3))
            .as(topic.toString())
            .isEqualTo(rankedByEveryWord(matcher, congress.sessions(), topic, 0.3));
      }
    }
  }

  @Test
  void abstractsFoldedAheadOnAnotherThreadRankAsAFoldOnTheFirstMatchDoes() throws Exception {
    // given two matchers over a real schedule, one prepared on a thread of its own
    Schedule congress = FrabTestReader.read(SharedData.data("31c3/schedule.xml"));
    SessionMatcher prepared = new SessionMatcher(congress.sessions());
    SessionMatcher folding = new SessionMatcher(congress.sessions());
    Meanwhile<Boolean> preparation =
        Meanwhile.start(
            "test-preparation",
            () -> {
              prepared.prepare();
              return prepared.prepared();
            });
    List<String> topic = List.of("security", "privacy");

    // when a match on abstracts runs while it prepares, and again after
    List<SessionMatcher.Scored> during = prepared.rank(topic, true, 0.3);

    // then the fold was made once, and both give what a matcher folding on its first match gives
    assertThat(preparation.join()).isTrue();
    assertThat(folding.prepared()).isFalse();
    List<SessionMatcher.Scored> expected = folding.rank(topic, true, 0.3);
    assertThat(expected).isNotEmpty();
    assertThat(during).isEqualTo(expected);
    assertThat(prepared.rank(topic, true, 0.3)).isEqualTo(expected);
  }

  @Test
  void sessionsSkippedByTheWeightOfTheirMissingWordsAreThoseThatCouldNotReachTheMinimum()
      throws Exception {
    // given a real schedule, and topics of several words: a title's rarer and commoner words, one
    // typed with a letter lost, and a word of many titles
    Schedule congress = FrabTestReader.read(SharedData.data("31c3/schedule.xml"));
    SessionMatcher matcher = new SessionMatcher(congress.sessions());
    List<List<String>> topics = new ArrayList<>();
    int position = 0;
    for (Session session : congress.sessions()) {
      List<String> title = new ArrayList<>(Words.tokens(session.title()));
      title.removeAll(Words.STOP);
      if (position++ % 7 == 0 && title.size() >= 2) {
        List<String> topic = new ArrayList<>(title.subList(0, Math.min(4, title.size())));
        String last = topic.get(topic.size() - 1);
        topic.set(
            topic.size() - 1, last.length() > 5 ? last.substring(0, last.length() - 1) : last);
        topic.add("security");
        topics.add(topic);
      }
    }

    // then ranking and scoring with a minimum give what scoring every session and filtering gives
    int ranked = 0;
    for (List<String> topic : topics) {
      for (boolean withDescription : List.of(false, true)) {
        for (double minimum : List.of(0.5, ScheduleQuestionAnswerer.STRONG)) {
          List<SessionMatcher.Scored> everySession =
              matcher.scoreAll(topic, congress.sessions(), withDescription).stream()
                  .filter(s -> s.coverage() >= minimum)
                  .toList();
          String what = topic + (withDescription ? " with abstracts" : "") + " at " + minimum;
          assertThat(matcher.scoreCovering(topic, congress.sessions(), withDescription, minimum))
              .as(what)
              .isEqualTo(everySession);
          List<SessionMatcher.Scored> best =
              everySession.stream()
                  .sorted(
                      Comparator.comparingDouble(SessionMatcher.Scored::coverage)
                          .thenComparingDouble(SessionMatcher.Scored::titleShare)
                          .reversed())
                  .toList();
          assertThat(matcher.rank(topic, withDescription, minimum)).as(what).isEqualTo(best);
          ranked += best.size();
        }
      }
    }
    assertThat(topics).hasSizeGreaterThan(10);
    assertThat(ranked).isPositive();
  }

  /** What {@link SessionMatcher#rank} without the abstracts gives, by comparing every word. */
  private static List<SessionMatcher.Scored> rankedByEveryWord(
      SessionMatcher matcher, List<Session> sessions, List<String> topic, double minimum) {
    List<SessionMatcher.Scored> scored = new ArrayList<>();
    for (Session session : sessions) {
      Set<String> title = new HashSet<>(Words.tokens(session.title()));
      title.removeAll(Words.STOP);
      Set<String> other = new HashSet<>();
      session.track().ifPresent(track -> other.addAll(Words.tokens(track)));
      session.speakers().forEach(speaker -> other.addAll(Words.tokens(speaker)));
      double total = 0;
      double covered = 0;
      int titleHits = 0;
      for (String typed : topic) {
        double weight = matcher.weight(typed);
        total += weight;
        if (title.stream().anyMatch(word -> SessionMatcher.matches(typed, word))) {
          covered += weight;
          titleHits++;
        } else if (other.stream().anyMatch(word -> SessionMatcher.matches(typed, word))) {
          covered += weight;
        }
      }
      double titleShare = title.isEmpty() ? 0 : Math.min(1.0, (double) titleHits / title.size());
      double coverage = covered / total;
      if (coverage >= minimum) {
        scored.add(new SessionMatcher.Scored(session, coverage, titleShare));
      }
    }
    scored.sort(
        Comparator.comparingDouble(SessionMatcher.Scored::coverage)
            .thenComparingDouble(SessionMatcher.Scored::titleShare)
            .reversed());
    return scored;
  }

  private static void assertSameFormsAsEveryWord(SessionMatcher matcher, int everyNth) {
    Set<String> words = matcher.words();
    List<String> sample = new ArrayList<>();
    int position = 0;
    for (String word : words) {
      if (position++ % everyNth == 0) {
        sample.add(word);
      }
    }
    for (String typed : typings(sample)) {
      Set<String> everyWord =
          words.stream().filter(w -> SessionMatcher.matches(typed, w)).collect(Collectors.toSet());
      assertThat(matcher.formsOf(typed)).as(typed).isEqualTo(everyWord);
    }
  }

  /**
   * Each word as typed right, with its last letter lost, two letters swapped, a middle letter
   * replaced, a plural, and cut short.
   */
  private static List<String> typings(List<String> words) {
    List<String> typed = new ArrayList<>();
    for (String word : words) {
      typed.add(word);
      typed.add(word + "s");
      if (word.length() > 2) {
        typed.add(word.substring(0, word.length() - 1));
        typed.add(word.charAt(1) + "" + word.charAt(0) + word.substring(2));
        int middle = word.length() / 2;
        typed.add(
            word.substring(0, middle)
                + (word.charAt(middle) == 'q' ? 'z' : 'q')
                + word.substring(middle + 1));
      }
      if (word.length() > 5) {
        typed.add(word.substring(0, 5));
      }
    }
    return typed;
  }
}
