package dev.usher.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UsherAnalyzersTest {
  private final Analyzer english = UsherAnalyzers.english();
  private final Analyzer folded = UsherAnalyzers.folded();
  private final Analyzer questions =
      UsherAnalyzers.englishWithSynonyms(UsherAnalyzers.synonyms(UsherAnalyzers.BUILT_IN_SYNONYMS));

  @AfterEach
  void closeAnalyzers() {
    english.close();
    folded.close();
    questions.close();
  }

  private List<String> english(String text) {
    return Tokens.of(english, text);
  }

  private List<String> question(String text) {
    return Tokens.of(questions, text);
  }

  @Test
  void caseDoesNotMatter() {
    assertThat(english("ICLR Workshop")).isEqualTo(english("iclr workshop"));
    assertThat(english("ICLR")).containsExactly("iclr");
  }

  @Test
  void accentsAndSharpSAreFoldedToPlainLetters() {
    assertThat(english("Bergsträßer"))
        .isEqualTo(english("bergstrasser"))
        .containsExactly("bergstrasser");
    assertThat(english("Café")).containsExactly("cafe");
    assertThat(Tokens.of(folded, "Café Bergsträßer")).containsExactly("cafe", "bergstrasser");
  }

  @Test
  void possessivesAreDropped() {
    assertThat(english("ICLR's")).containsExactly("iclr");
    assertThat(english("the speaker's slides")).isEqualTo(english("speaker slides"));
  }

  @Test
  void pluralsMeetTheirSingular() {
    assertThat(english("workshops")).isEqualTo(english("workshop")).containsExactly("workshop");
    assertThat(english("papers")).containsExactly("paper");
    assertThat(english("talks sessions rooms days")).isEqualTo(english("talk session room day"));
  }

  @Test
  void stopWordsAreRemoved() {
    assertThat(english("the registration desk is at the venue and it opens"))
        .containsExactly("registration", "desk", "venue", "open");
  }

  @Test
  void foldedKeepsWholeWordsAndStopWordsForSpelling() {
    assertThat(Tokens.of(folded, "The Workshops")).containsExactly("the", "workshops");
  }

  @Test
  void indexAnalyzerDoesNotExpandSynonyms() {
    assertThat(english("wifi")).containsExactly("wifi");
    assertThat(english("registration")).containsExactly("registration");
  }

  @Test
  void questionWifiAlsoYieldsTheTokensOfWiFiAndWireless() {
    List<String> tokens = question("wifi");

    assertThat(tokens).contains("wifi", "wireless", "internet");
    assertThat(tokens).containsAll(english("wi-fi"));
  }

  @Test
  void questionWiFiWithHyphenAlsoYieldsWifi() {
    assertThat(question("wi-fi")).contains("wifi", "wireless");
  }

  @Test
  void checkInAndRegistrationExpandToEachOther() {
    assertThat(question("check-in")).contains("registration");
    assertThat(question("registration")).containsAll(english("check-in"));
  }

  @Test
  void synonymRulesAreStemmedLikeTheText() {
    // The rule says "talk", the question says "talks": both go through KStem.
    assertThat(question("talks")).contains("presentation", "lecture");
  }

  @Test
  void configuredSynonymLinesAreUsedForQuestions() {
    SynonymMap map =
        UsherAnalyzers.synonyms(List.of("reg, registration", "hackathon => coding marathon"));

    try (Analyzer analyzer = UsherAnalyzers.englishWithSynonyms(map)) {
      assertThat(Tokens.of(analyzer, "reg")).contains("registration");
      assertThat(Tokens.of(analyzer, "registration")).contains("reg");
      assertThat(Tokens.of(analyzer, "hackathon")).containsAll(english("coding marathon"));
    }
  }

  @Test
  void noSynonymLinesLeaveQuestionsAsTheyAre() {
    try (Analyzer analyzer =
        UsherAnalyzers.englishWithSynonyms(UsherAnalyzers.synonyms(List.of()))) {
      assertThat(Tokens.of(analyzer, "Workshops")).containsExactly("workshop");
    }
  }

  @Test
  void aMalformedSynonymLineFailsNamingTheLine() {
    assertThatThrownBy(() -> UsherAnalyzers.synonyms(List.of("wifi, wireless", "a => b => c")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a => b => c");
  }

  @Test
  void aSynonymLineOfStopWordsOnlyFailsNamingTheLine() {
    assertThatThrownBy(() -> UsherAnalyzers.synonyms(List.of("the, a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the, a");
  }
}
