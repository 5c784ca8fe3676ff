package dev.usher.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import dev.usher.core.conference.ScheduleChange;
import dev.usher.core.conference.Session;
import dev.usher.core.reply.Answer;
import dev.usher.core.reply.Info;
import dev.usher.core.reply.NoAnswer;
import dev.usher.core.reply.ScheduleChanges;
import dev.usher.core.reply.SessionCards;
import dev.usher.core.reply.Snippet;
import dev.usher.core.reply.Source;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SlackRendererTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Vienna");
  private final SlackRenderer renderer = new SlackRenderer("/usher-help");

  @Test
  void answerBoldsEmphasisLinksSourcesAndShowsAlsoIn() {
    Snippet text = new Snippet("The keynote is in Hall A.", List.of(new Snippet.Span(4, 12)));
    Source source =
        new Source("venue.md", "Venue", Optional.empty(), Optional.of("https://x.org/v"));
    Source other = new Source("faq.md", "FAQ <b>", Optional.of("Keynote"), Optional.empty());
    Answer answer =
        new Answer(
            text,
            source,
            List.of(new Answer.AlsoIn(Snippet.plain("In Hall B & C."), other)),
            List.of("Cut to 500"));

    List<SlackMessage> messages = renderer.render(answer);

    assertThat(messages).hasSize(1);
    String all = texts(messages.get(0).blocks());
    assertThat(all)
        .contains("Cut to 500")
        .contains("The *keynote* is in Hall A.")
        .contains("From <https://x.org/v|Venue>")
        .contains("*Also in* FAQ &lt;b&gt; \u203a Keynote (`faq.md`)\nIn Hall B &amp; C.");
    assertThat(messages.get(0).text()).isEqualTo("The keynote is in Hall A.");
  }

  @Test
  void userAndDocumentTextCannotMentionAnyone() {
    Info info = new Info("<!everyone>", "<!channel> <!here> <@U123> <#C1> & <https://evil|x>");

    String all = texts(renderer.render(info).get(0).blocks()) + renderer.render(info).get(0).text();

    assertThat(all)
        .doesNotContain("<!")
        .doesNotContain("<@")
        .doesNotContain("<#")
        .doesNotContain("<https");
    assertThat(all).contains("&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt;");
  }

  @Test
  void linksOnlyForWebUrlsAndNeverBreakOutOfTheLinkSyntax() {
    assertThat(Mrkdwn.link(Optional.of("javascript:alert(1)"), "x")).isEqualTo("x");
    assertThat(Mrkdwn.link(Optional.of("https://a.org/p?q=<!here>|y"), "t|itle"))
        .isEqualTo("<https://a.org/p?q=%3C!here%3E%7Cy|t\u2758itle>");
  }

  @Test
  void sessionCardsShowSlackDateTokensAndConferenceTime() {
    ZonedDateTime start = ZonedDateTime.of(2026, 3, 29, 10, 0, 0, 0, ZONE);
    Session session = session("Talk", start);
    SessionCards cards =
        new SessionCards(
            "Next", List.of(session), 3, Optional.of("2 more: /next"), ZONE, List.of());

    String all = texts(renderer.render(cards).get(0).blocks());

    assertThat(all)
        .contains("*Next*")
        .contains(
            "<!date^" + start.toEpochSecond() + "^{date_short_pretty} {time}|Sun 29 Mar 10:00>")
        .contains("<!date^" + start.plusMinutes(30).toEpochSecond() + "^{time}|10:30>")
        .contains("Sunday 29 March, 10:00\u201310:30 Europe/Vienna (conference time)")
        .contains("Room 1 \u00b7 Track")
        .contains("2 more: /next");
  }

  @Test
  void manySessionsAreSplitIntoMessagesOfAtMostFiftyBlocks() {
    ZonedDateTime start = ZonedDateTime.of(2026, 3, 29, 10, 0, 0, 0, ZONE);
    List<Session> sessions =
        IntStream.range(0, 120).mapToObj(i -> session("S" + i, start)).toList();

    List<SlackMessage> messages =
        renderer.render(new SessionCards("All", sessions, 120, Optional.empty(), ZONE, List.of()));

    assertThat(messages).hasSize(3);
    assertThat(messages).allSatisfy(m -> assertThat(m.blocks()).hasSizeLessThanOrEqualTo(50));
    assertThat(messages.stream().mapToInt(m -> m.blocks().size()).sum()).isEqualTo(121);
    assertThat(texts(messages.get(2).blocks())).contains("*S119*");
  }

  @Test
  void aReplyBeyondFiveMessagesIsSummarizedNotRejected() {
    ZonedDateTime start = ZonedDateTime.of(2026, 3, 29, 10, 0, 0, 0, ZONE);
    List<Session> sessions =
        IntStream.range(0, 400).mapToObj(i -> session("S" + i, start)).toList();

    List<SlackMessage> messages =
        renderer.render(new SessionCards("All", sessions, 400, Optional.empty(), ZONE, List.of()));

    assertThat(messages).hasSize(SlackRenderer.MAX_MESSAGES);
    assertThat(texts(messages.get(4).blocks())).contains("more parts too long for Slack");
  }

  @Test
  void longTextIsSplitIntoSectionsOfAtMost3000Characters() {
    String text =
        IntStream.range(0, 900).mapToObj(i -> "word<" + i + ">").collect(Collectors.joining(" "));

    List<SlackMessage> messages = renderer.render(new Info("Long", text));

    List<String> sections =
        messages.stream()
            .flatMap(m -> m.blocks().stream())
            .map(b -> ((MarkdownTextObject) ((SectionBlock) b).getText()).getText())
            .toList();
    assertThat(messages)
        .allSatisfy(
            m ->
                assertThat(m.blocks().stream().mapToInt(SlackMessage::textLength).sum())
                    .isLessThanOrEqualTo(SlackMessage.MAX_BLOCK_TEXT));
    assertThat(sections).hasSizeGreaterThan(2);
    assertThat(sections)
        .allSatisfy(
            s -> {
              assertThat(s.length()).isLessThanOrEqualTo(3000);
              assertThat(s).doesNotEndWith("&").doesNotEndWith("&lt").doesNotEndWith("&g");
            });
    assertThat(String.join(" ", sections)).contains("word&lt;899&gt;");
  }

  @Test
  void noAnswerOffersSpellingsClosestTopicsAndHelp() {
    NoAnswer noAnswer =
        new NoAnswer(
            "I couldn't find that.",
            Optional.of("Ask at the desk."),
            List.of("keynote"),
            List.of(new Source("a.md", "Arrival", Optional.empty(), Optional.empty())),
            List.of());

    String all = texts(renderer.render(noAnswer).get(0).blocks());

    assertThat(all)
        .contains("I couldn't find that.")
        .contains("Did you mean: _keynote_")
        .contains("Closest topics: Arrival")
        .contains("Ask at the desk. Type `/usher-help` to see what I can do.");
  }

  private static Session session(String title, ZonedDateTime start) {
    return new Session(
        title,
        title,
        start,
        start.plusMinutes(30),
        Optional.of("Room 1"),
        Optional.of("Track"),
        List.of("Speaker"),
        "",
        Optional.empty());
  }

  private static String texts(List<LayoutBlock> blocks) {
    return blocks.stream()
        .map(
            b ->
                switch (b) {
                  case SectionBlock s -> ((MarkdownTextObject) s.getText()).getText();
                  case ContextBlock c ->
                      c.getElements().stream()
                          .map(e -> ((MarkdownTextObject) e).getText())
                          .collect(Collectors.joining("\n"));
                  default -> throw new AssertionError("unexpected block " + b.getType());
                })
        .collect(Collectors.joining("\n"));
  }

  @Test
  void aScheduleChangeShowsWhatItWasAndIsNowWithTitlesEscaped() {
    ZonedDateTime start = ZonedDateTime.of(2026, 3, 29, 10, 0, 0, 0, ZONE);
    Session cancelled =
        new Session(
            "c1",
            "<!here> Lightning talks",
            start,
            start.plusMinutes(30),
            Optional.of("Room 1"),
            Optional.empty(),
            List.of(),
            "",
            Optional.empty());

    SlackMessage message =
        renderer
            .render(new ScheduleChanges(List.of(new ScheduleChange.Cancelled(cancelled)), ZONE))
            .get(0);

    assertThat(texts(message.blocks()))
        .contains("*Schedule change*")
        .contains(
            "Cancelled: *&lt;!here&gt; Lightning talks*\nWas: Sunday 29 March, 10:00\u201310:30 \u00b7 Room 1")
        .contains("Europe/Vienna")
        .doesNotContain("<!here>");
    assertThat(message.text()).doesNotContain("<!here>");
  }
}
