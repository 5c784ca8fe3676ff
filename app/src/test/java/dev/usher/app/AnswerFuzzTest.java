package dev.usher.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.Bot;
import dev.usher.core.command.Request;
import dev.usher.core.reply.Answer;
import dev.usher.core.reply.Info;
import dev.usher.core.reply.NoAnswer;
import dev.usher.core.reply.Reply;
import dev.usher.core.reply.ScheduleChanges;
import dev.usher.core.reply.ScheduleOverview;
import dev.usher.core.reply.SessionCards;
import dev.usher.core.reply.Snippet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Thousands of random, unicode, emoji, query-syntax and very long questions against the real engine
 * over the sample conference: no exception, every reply well-formed. How fast they are is the
 * benchmark's business (bench module), not a timed unit test's.
 */
@Tag("slow")
class AnswerFuzzTest {
  private static ConferenceRuntime runtime;
  private static Bot bot;

  @BeforeContainer
  static void openSample() {
    runtime = ConferenceRuntime.open(SampleConference.FOLDER, file -> {});
    bot = runtime.bot(Clock.fixed(Instant.parse("2026-04-25T13:00:00Z"), ZoneOffset.UTC));
    bot.handle(new Request.Ask("warm up the searcher when is the workshop"));
  }

  @AfterContainer
  static void close() {
    runtime.close();
  }

  @Property(tries = 3000)
  void everyQuestionGetsAWellFormedReply(@ForAll("questions") String question) {
    assertWellFormed(bot.handle(new Request.Ask(question)), question);
  }

  private static void assertWellFormed(Reply reply, String question) {
    switch (reply) {
      case Answer answer -> {
        assertThat(answer.text().text()).isNotBlank().hasSizeLessThanOrEqualTo(650);
        assertEmphasisInside(answer.text());
        assertThat(answer.source().id()).isNotBlank();
      }
      case NoAnswer none -> assertThat(none.message()).isNotBlank();
      case SessionCards cards -> assertThat(cards.sessions()).isNotEmpty();
      case ScheduleOverview overview -> assertThat(overview.groups()).isNotEmpty();
      case Info info -> assertThat(info.text()).isNotBlank();
      case ScheduleChanges changes -> assertThat(changes.changes()).isNotEmpty();
      case dev.usher.core.reply.FileReply file -> assertThat(file.content()).isNotBlank();
    }
    if (question.length() > 500) {
      assertThat(reply.notes()).anyMatch(note -> note.contains("500"));
    }
  }

  private static void assertEmphasisInside(Snippet snippet) {
    for (Snippet.Span span : snippet.emphasis()) {
      assertThat(span.end()).isLessThanOrEqualTo(snippet.text().length());
    }
  }

  @Provide
  Arbitrary<String> questions() {
    Arbitrary<String> syntax =
        Arbitraries.of(
            "*:*",
            "title:[* TO *]",
            "(((",
            "\"",
            "~",
            "~2",
            "\\",
            "AND",
            "OR NOT",
            "+-&&||!(){}[]^\"~*?:\\/",
            "body:/.*/",
            "a*",
            "?",
            "@everyone",
            "@here",
            "<@123456>",
            "<!channel>",
            "wi-fi",
            "E-MM1",
            "workshop",
            "ICLR 2026",
            "registration",
            "when",
            "where",
            "who");
    Arbitrary<String> mixed =
        Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(60);
    Arbitrary<String> emoji = Arbitraries.strings().withChars("😀🎉🚀👍🏽🇧🇷‍️").ofMaxLength(20);
    Arbitrary<String> words = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(14);
    Arbitrary<String> piece = Arbitraries.oneOf(syntax, mixed, emoji, words);
    Arbitrary<String> sentence = piece.list().ofMaxSize(12).map(list -> String.join(" ", list));
    Arbitrary<String> veryLong =
        Arbitraries.strings().withCharRange(' ', 'z').ofMinLength(500).ofMaxLength(5000);
    return Arbitraries.frequencyOf(Tuple.of(8, sentence), Tuple.of(1, veryLong));
  }
}
