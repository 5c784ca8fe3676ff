package dev.usher.core.questions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.Bot;
import dev.usher.core.command.Caller;
import dev.usher.core.command.Request;
import dev.usher.core.conference.Conference;
import dev.usher.core.reply.Answer;
import dev.usher.core.reply.Button;
import dev.usher.core.reply.Info;
import dev.usher.core.reply.NoAnswer;
import dev.usher.core.reply.Reply;
import dev.usher.core.reply.Source;
import dev.usher.core.testing.InMemoryKnowledge;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The organizer's loop in the core: what the bot logs, the feedback buttons, {@code /report}. */
class BotQuestionLogTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
  private static final Instant NOW = Instant.parse("2026-04-25T08:00:00Z");
  private static final Caller ATTENDEE = Caller.attendee("discord", "123456789012345678", "C42");

  private final InMemoryQuestionLog log = new InMemoryQuestionLog();
  private final Bot bot =
      new Bot(
          new Conference("Conf", ZONE, Optional.empty(), Optional.empty()),
          InMemoryKnowledge.builder(ZONE)
              .passage(
                  new Source("venue.md", "Venue", Optional.empty(), Optional.empty()),
                  "The cloakroom is on level 0, next to registration. Leave your bag there.")
              .build(),
          Clock.fixed(NOW, ZONE),
          log);

  @Test
  void aDeclinedQuestionIsLoggedWithWhereAndHowButNotWho() {
    Reply reply = bot.handle(new Request.Ask("Is there a creche for toddlers?"), ATTENDEE);

    assertThat(reply).isInstanceOf(NoAnswer.class);
    assertThat(reply.buttons()).isEmpty();
    LoggedQuestion logged = log.since(Instant.EPOCH).get(0);
    assertThat(logged.question()).isEqualTo("Is there a creche for toddlers?");
    assertThat(logged.outcome()).isEqualTo(LoggedQuestion.Outcome.DECLINED);
    assertThat(logged.decision()).isEqualTo("DECLINE");
    assertThat(logged.platform()).isEqualTo("discord");
    assertThat(logged.channel()).isEqualTo("C42");
    assertThat(logged.askedAt()).isEqualTo(NOW);
    assertThat(logged.toString()).doesNotContain(ATTENDEE.userId());
  }

  @Test
  void anAnswerCarriesHelpfulButtonsNamingItsLoggedQuestionAndAClickIsRecorded() {
    Answer answer = (Answer) bot.handle(new Request.Ask("where is the cloakroom"), ATTENDEE);
    String id = log.since(Instant.EPOCH).get(0).id();

    assertThat(answer.buttons())
        .extracting(Button::label)
        .containsExactly("Helpful", "Not helpful");
    assertThat(answer.buttons())
        .allSatisfy(button -> assertThat(button.action()).endsWith(":" + id));

    Reply thanks = bot.handle(new Request.Press(answer.buttons().get(1).action()), ATTENDEE);

    assertThat(thanks).isInstanceOf(Info.class);
    assertThat(((Info) thanks).title()).isEqualTo("Thanks");
    assertThat(log.since(Instant.EPOCH).get(0).feedback())
        .contains(LoggedQuestion.Feedback.NOT_HELPFUL);
  }

  @Test
  void anUnknownButtonIsAnsweredPolitelyAndChangesNothing() {
    Reply reply = bot.handle(new Request.Press("poll:vote:3"), ATTENDEE);

    assertThat(((Info) reply).text()).isEqualTo("This button no longer does anything.");
    assertThat(log.since(Instant.EPOCH)).isEmpty();
  }

  @Test
  void theReportGroupsOneQuestionAskedInTwoWordingsAndNamesAnUnhelpfulAnswer() {
    bot.handle(new Request.Ask("Is there a creche for toddlers?"), ATTENDEE);
    bot.at(Clock.fixed(NOW.plusSeconds(60), ZONE))
        .handle(new Request.Ask("creche for toddlers"), Caller.attendee("slack", "U1", "C1"));
    bot.handle(new Request.Ask("Can I bring my dog?"), ATTENDEE);
    Answer answer = (Answer) bot.handle(new Request.Ask("where is the cloakroom"), ATTENDEE);
    bot.handle(new Request.Press(answer.buttons().get(1).action()), ATTENDEE);

    QuestionReport report = bot.report(Optional.empty());

    assertThat(report.declined()).isEqualTo(3);
    assertThat(report.notHelpful()).isEqualTo(1);
    assertThat(report.groups()).hasSize(3);
    QuestionReport.Group first = report.groups().get(0);
    assertThat(first.count()).isEqualTo(2);
    assertThat(first.wordings())
        .containsExactlyInAnyOrder("Is there a creche for toddlers?", "creche for toddlers");
    assertThat(first.platforms()).containsExactly("discord", "slack");
    assertThat(first.lastSeen()).isEqualTo(NOW.plusSeconds(60));
    assertThat(first.answersEntry())
        .endsWith("]\n  answer: \"TODO\"")
        .startsWith("- questions: [\"");
    assertThat(report.groups())
        .extracting(QuestionReport.Group::representative)
        .contains("where is the cloakroom");
  }

  @Test
  void reportIsForOrganizersAndTakesAWindow() {
    bot.handle(new Request.Ask("Is there a creche for toddlers?"), ATTENDEE);

    Info refused = (Info) bot.handle(new Request.Report(Optional.empty()), ATTENDEE);
    Info lastDay =
        (Info)
            bot.handle(
                new Request.Report(Optional.of("1d")),
                ATTENDEE.withRole(dev.usher.core.command.CallerRole.ORGANIZER));
    Info wrong = (Info) bot.handle(new Request.Report(Optional.of("yesterday")), Caller.operator());

    assertThat(refused.title()).isEqualTo(Bot.ORGANIZERS_ONLY);
    assertThat(lastDay.text())
        .contains("1 question declined")
        .contains("1\u00d7 \"Is there a creche for toddlers?\"")
        .contains("answer: \"TODO\"");
    assertThat(wrong.text()).startsWith("Say how far back");
  }

  @Test
  void aLogThatFailsCostsTheAnswerNothing() {
    QuestionLog broken =
        new QuestionLog() {
          @Override
          public void record(LoggedQuestion question) {
            throw new IllegalStateException("disk full");
          }

          @Override
          public boolean feedback(String id, LoggedQuestion.Feedback feedback) {
            throw new IllegalStateException("disk full");
          }

          @Override
          public boolean undelivered(String id) {
            throw new IllegalStateException("disk full");
          }

          @Override
          public List<LoggedQuestion> since(Instant since) {
            return List.of();
          }
        };
    Bot failing =
        new Bot(
            bot.conference(),
            InMemoryKnowledge.builder(ZONE)
                .passage(
                    new Source("venue.md", "Venue", Optional.empty(), Optional.empty()),
                    "The cloakroom is on level 0, next to registration.")
                .build(),
            Clock.fixed(NOW, ZONE),
            broken);

    Reply answer = failing.handle(new Request.Ask("where is the cloakroom"), ATTENDEE);
    Reply thanks = failing.handle(new Request.Press(answer.buttons().get(0).action()), ATTENDEE);

    assertThat(answer).isInstanceOf(Answer.class);
    assertThat(((Info) thanks).title()).isEqualTo("Thanks");
  }

  @Test
  void anUndeliveredAnswerIsMarkedSo() {
    Reply answer = bot.handle(new Request.Ask("where is the cloakroom"), ATTENDEE);

    bot.undelivered(answer);

    assertThat(log.since(Instant.EPOCH).get(0).outcome())
        .isEqualTo(LoggedQuestion.Outcome.UNDELIVERED);
    assertThat(bot.report(Optional.of(Duration.ofHours(1))).undelivered()).isEqualTo(1);
  }
}
