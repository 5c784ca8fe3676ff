package dev.usher.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.stream.IntStream;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class DiscordRendererTest {
  private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
  private final DiscordRenderer renderer = new DiscordRenderer();

  @Test
  void splitsALongTextIntoMessagesWithinDiscordsLimits() {
    String text =
        IntStream.range(0, 900)
            .mapToObj(i -> "Line " + i + " of the venue guide.")
            .reduce((a, b) -> a + "\n" + b)
            .orElseThrow();

    List<MessageCreateData> messages = renderer.render(new Info("Venue", text));

    assertThat(messages).hasSizeGreaterThan(1);
    for (MessageCreateData message : messages) {
      MessageEmbed embed = message.getEmbeds().get(0);
      assertThat(embed.isSendable()).isTrue();
      assertThat(embed.getDescription()).hasSizeLessThanOrEqualTo(4096);
      assertThat(embed.getLength()).isLessThanOrEqualTo(6000);
    }
    String joined =
        String.join(
            "\n", messages.stream().map(m -> m.getEmbeds().get(0).getDescription()).toList());
    assertThat(joined).contains("Line 0 of", "Line 899 of");
  }

  @Test
  void showsSessionsWithDiscordTimestampsAndConferenceTimeAtMost25FieldsAnEmbed() {
    ZonedDateTime nine = ZonedDateTime.of(2026, 4, 23, 9, 0, 0, 0, VIENNA);
    List<Session> sessions =
        IntStream.range(0, 30)
            .mapToObj(
                i ->
                    new Session(
                        "s" + i,
                        "Talk " + i,
                        nine.plusMinutes(10L * i),
                        nine.plusMinutes(10L * i + 45),
                        Optional.of("Hall A"),
                        Optional.empty(),
                        List.of("Ada"),
                        "",
                        Optional.empty()))
            .toList();

    List<MessageCreateData> messages =
        renderer.render(
            new SessionCards(
                "Thursday",
                sessions,
                42,
                Optional.of("Use /schedule room:Hall A for more"),
                VIENNA,
                List.of()));

    assertThat(messages).hasSize(2);
    assertThat(messages.get(0).getEmbeds().get(0).getFields()).hasSize(25);
    MessageEmbed.Field first = messages.get(0).getEmbeds().get(0).getFields().get(0);
    assertThat(first.getValue())
        .contains("<t:" + nine.toEpochSecond() + ":f>")
        .contains("Local: Thursday 23 April, 09:00–09:45");
    assertThat(messages.get(1).getEmbeds().get(0).getFooter().getText())
        .isEqualTo("Showing 30 of 42 · Use /schedule room:Hall A for more");
  }

  @Test
  void disallowsEveryMentionOnEveryMessage() {
    List<MessageCreateData> messages = renderer.render(new Info("Hi", "@everyone <@&123> look"));

    assertThat(messages.get(0).getAllowedMentions()).isEmpty();
    assertThat(messages.get(0).getEmbeds().get(0).getDescription())
        .isEqualTo("@\u200Beveryone \\<@\u200B&123\\> look");
  }

  @Test
  void escapesMarkdownAroundAndInsideEmphasis() {
    Snippet snippet = new Snippet("a *b* [c](d)", List.of(new Snippet.Span(3, 4)));

    String text = DiscordText.emphasized(snippet);

    assertThat(text).isEqualTo("a \\***b**\\* \\[c\\](d)");
  }

  @Test
  void linksSourcesWithAUrlAndNamesTheOthersById() {
    Source linked =
        new Source("venue/faq.md", "FAQ", Optional.empty(), Optional.of("https://x.org/faq"));
    Source plain =
        new Source("venue/food.md", "Food_and_drink", Optional.empty(), Optional.empty());

    assertThat(DiscordText.source(linked)).isEqualTo("[FAQ](https://x.org/faq)");
    assertThat(DiscordText.source(plain)).isEqualTo("Food\\_and\\_drink (`venue/food.md`)");
  }

  @Test
  void rendersAnAnswerWithItsSourceAndAlsoIn() {
    Source faq = new Source("faq.md", "FAQ", Optional.empty(), Optional.empty());
    Source guide = new Source("guide.md", "Guide", Optional.empty(), Optional.empty());
    Answer answer =
        new Answer(
            Snippet.plain("Doors open at 8."),
            faq,
            List.of(new Answer.AlsoIn(Snippet.plain("Doors open at 8:30."), guide)),
            List.of("Question cut"));

    MessageEmbed embed = renderer.render(answer).get(0).getEmbeds().get(0);

    assertThat(embed.getDescription()).isEqualTo("*Question cut*\nDoors open at 8.");
    assertThat(embed.getFields())
        .extracting(MessageEmbed.Field::getName)
        .containsExactly("Source", "Also in Guide");
  }

  @Test
  void anAlsoInFieldNameShowsTheDocumentsTitleAsTextNotMarkdownOrALink() {
    Source faq = new Source("faq.md", "FAQ", Optional.empty(), Optional.empty());
    Source hostile =
        new Source(
            "docs/pay.html",
            "**Pay** [here](https://pay.example) @everyone",
            Optional.empty(),
            Optional.empty());
    Answer answer =
        new Answer(
            Snippet.plain("Doors open at 8."),
            faq,
            List.of(new Answer.AlsoIn(Snippet.plain("Doors open at 8:30."), hostile)),
            List.of());

    MessageEmbed embed = renderer.render(answer).get(0).getEmbeds().get(0);

    assertThat(embed.getFields().get(1).getName())
        .isEqualTo("Also in \\*\\*Pay\\*\\* \\[here\\](https:\u200B//pay.example) @\u200Beveryone");
    assertThat(embed.getFields().get(1).getValue()).endsWith("(`docs/pay.html`)");
  }

  @Test
  void rendersNoAnswerWithDidYouMeanClosestAndTheHelpLine() {
    NoAnswer none =
        new NoAnswer(
            "I couldn't find that.",
            Optional.of("Ask at the desk"),
            List.of("cloakroom"),
            List.of(new Source("faq.md", "FAQ", Optional.empty(), Optional.empty())),
            List.of());

    MessageEmbed embed = renderer.render(none).get(0).getEmbeds().get(0);

    assertThat(embed.getDescription()).isEqualTo("I couldn't find that.\nDid you mean: cloakroom?");
    assertThat(embed.getFields())
        .extracting(MessageEmbed.Field::getName)
        .containsExactly("Closest topics", "Need a human?");
  }

  @Test
  void aScheduleChangeShowsWhatItWasAndIsNowWithTitlesEscaped() {
    ZonedDateTime nine = ZonedDateTime.of(2026, 4, 23, 9, 0, 0, 0, VIENNA);
    Session was =
        new Session(
            "s1",
            "@everyone *Rust*",
            nine,
            nine.plusMinutes(45),
            Optional.of("Hall A"),
            Optional.empty(),
            List.of(),
            "",
            Optional.empty());
    Session now =
        new Session(
            "s1",
            "@everyone *Rust*",
            nine.plusHours(2),
            nine.plusHours(2).plusMinutes(45),
            Optional.of("Hall B"),
            Optional.empty(),
            List.of(),
            "",
            Optional.empty());

    MessageEmbed embed =
        renderer
            .render(new ScheduleChanges(List.of(new ScheduleChange.Changed(was, now)), VIENNA))
            .get(0)
            .getEmbeds()
            .get(0);

    assertThat(embed.getTitle()).isEqualTo("Schedule change");
    assertThat(embed.getFields())
        .singleElement()
        .satisfies(
            field -> {
              assertThat(field.getName()).isEqualTo("Moved: @\u200Beveryone \\*Rust\\*");
              assertThat(field.getValue())
                  .isEqualTo(
                      "Was: Thursday 23 April, 09:00\u201309:45 \u00b7 Hall A\nNow: Thursday 23 April, 11:00\u201311:45 \u00b7 Hall B");
            });
    assertThat(embed.getDescription()).contains("Europe/Vienna");
  }
}
