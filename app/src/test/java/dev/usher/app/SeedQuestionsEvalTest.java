package dev.usher.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The seed question set against the sample conference: the figure the answer engine is held to. */
@Tag("slow")
class SeedQuestionsEvalTest {

  @Test
  void atLeast28Of30SeedQuestionsPassAndEveryAbstentionIsDeclined() {
    // given the shared seed questions and the bundled sample conference
    String set = SampleConference.seedQuestions().toString();

    // when the eval command runs them
    CommandLineRun run =
        CommandLineRun.of("eval", set, "--data", SampleConference.FOLDER.toString());

    // then the totals line reports at least 28 passes, and no abstention question failed
    Matcher totals = Pattern.compile("(\\d+) passed, (\\d+) failed").matcher(run.out());
    assertThat(totals.find()).as(run.out()).isTrue();
    assertThat(Integer.parseInt(totals.group(1))).as(run.out()).isGreaterThanOrEqualTo(28);
    assertThat(run.out()).doesNotContainPattern("FAIL .*\\R\\s+expected ABSTAIN");
  }

  @Test
  void theBaselineAnswersTheSameSetWithTheSameJudgeAndNeverDeclines() {
    // given the same seed questions and sample conference
    String set = SampleConference.seedQuestions().toString();

    // when the eval command answers them with the plain Lucene baseline
    CommandLineRun run =
        CommandLineRun.of("eval", set, "--data", SampleConference.FOLDER.toString(), "--baseline");

    // then every question is judged and totalled, and abstention questions get an answer anyway
    Matcher totals = Pattern.compile("(\\d+) passed, (\\d+) failed").matcher(run.out());
    assertThat(totals.find()).as(run.out()).isTrue();
    assertThat(Integer.parseInt(totals.group(1)) + Integer.parseInt(totals.group(2))).isEqualTo(30);
    assertThat(run.out()).contains("answered instead of declining");
  }
}
