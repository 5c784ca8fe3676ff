package dev.usher.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.conference.Schedule;
import dev.usher.core.testing.SharedData;
import java.util.ArrayList;
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
