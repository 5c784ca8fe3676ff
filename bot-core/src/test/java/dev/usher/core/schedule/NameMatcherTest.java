package dev.usher.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameMatcherTest {
  private final NameMatcher speakers =
      new NameMatcher(
          Set.of(
              "Alice Baird", "Alice Bergström", "Chris Donahue", "Zhijing Jin", "stars", "Hall"));

  @Test
  void findTakesTheExactNameFirstThenNamesWhoseWordsTheTypedWordsStartThenTypos() {
    assertThat(speakers.find("chris donahue")).containsExactly("Chris Donahue");
    assertThat(speakers.find("ali")).containsExactly("Alice Baird", "Alice Bergström");
    assertThat(speakers.find("bergstrom al")).containsExactly("Alice Bergström");
    assertThat(speakers.find("donahoe")).containsExactly("Chris Donahue");
    assertThat(speakers.find("nobody")).isEmpty();
  }

  @Test
  void aQuestionNamesAPersonInFullEvenWithATypoInALongFirstWord() {
    assertThat(
            speakers.mentionedIn(List.of("when", "does", "chriss", "donahue", "speak"), Set.of()))
        .containsExactly("Chris Donahue");
    assertThat(speakers.mentionedIn(List.of("zhijing", "jin"), Set.of()))
        .containsExactly("Zhijing Jin");
    // a one-word name is taken only as typed, and only when it is no ordinary word
    assertThat(speakers.mentionedIn(List.of("stars", "tonight"), Set.of()))
        .containsExactly("stars");
    assertThat(speakers.mentionedIn(List.of("start", "tonight"), Set.of())).isEmpty();
    assertThat(speakers.mentionedIn(List.of("the", "hall"), Set.of("hall"))).isEmpty();
  }

  @Test
  void aLastNameOfFourOrMoreLettersNamesItsPersonAndLongOnesForgiveATypo() {
    assertThat(speakers.namedByLastWord(List.of("who", "is", "baird"), Set.of()))
        .containsExactly("Alice Baird");
    assertThat(speakers.namedByLastWord(List.of("donahoe", "talk"), Set.of()))
        .containsExactly("Chris Donahue");
    // too short, or an ordinary word
    assertThat(speakers.namedByLastWord(List.of("jin"), Set.of())).isEmpty();
    assertThat(speakers.namedByLastWord(List.of("baird"), Set.of("baird"))).isEmpty();
  }
}
