package dev.usher.knowledge.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.reply.Answer;
import dev.usher.core.reply.NoAnswer;
import dev.usher.core.reply.Reply;
import dev.usher.knowledge.ingest.DocumentEntry;
import dev.usher.knowledge.ingest.KnowledgeSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainLuceneBaselineTest {
  @TempDir Path folder;

  private KnowledgeSettings settings() throws IOException {
    Files.createDirectories(folder.resolve("docs"));
    Files.writeString(
        folder.resolve("docs/venue.md"),
        """
        # Venue

        The conference takes place at the Riocentro convention center.

        ## Getting there

        Take the BRT line to the Riocentro stop.
        """);
    Files.writeString(
        folder.resolve("docs/food.md"),
        """
        # Food

        Lunch is served in hall B from noon.
        """);
    return new KnowledgeSettings(
        folder,
        List.of(DocumentEntry.of("docs")),
        List.of(),
        ZoneOffset.UTC,
        List.of(),
        folder.resolve("index"),
        KnowledgeSettings.DEFAULT_MAX_FILE_BYTES);
  }

  @Test
  void answersWithTheWholeTopDocumentAndItsPath() throws IOException {
    try (PlainLuceneBaseline baseline = PlainLuceneBaseline.build(settings())) {
      Reply reply = baseline.answer("Where is the convention center?");

      assertThat(reply).isInstanceOf(Answer.class);
      Answer answer = (Answer) reply;
      assertThat(answer.source().id()).isEqualTo("docs/venue.md");
      assertThat(answer.text().text()).contains("Riocentro convention center").contains("BRT line");
      assertThat(baseline.documentCount()).isEqualTo(2);
    }
  }

  @Test
  void answersEvenWhenOnlyOneCommonWordMatches() throws IOException {
    try (PlainLuceneBaseline baseline = PlainLuceneBaseline.build(settings())) {
      assertThat(baseline.answer("What is the capital of France?")).isInstanceOf(Answer.class);
    }
  }

  @Test
  void declinesOnlyWhenNoWordMatches() throws IOException {
    try (PlainLuceneBaseline baseline = PlainLuceneBaseline.build(settings())) {
      assertThat(baseline.answer("zebra xylophone")).isInstanceOf(NoAnswer.class);
      assertThat(baseline.answer("?!")).isInstanceOf(NoAnswer.class);
    }
  }

  @Test
  void treatsQuerySyntaxAsWords() throws IOException {
    try (PlainLuceneBaseline baseline = PlainLuceneBaseline.build(settings())) {
      for (String hostile :
          List.of(
              "*:*",
              "title:[* TO *]",
              "(((",
              "\"lunch",
              "lunch~2 AND",
              "a".repeat(20_000) + " lunch")) {
        assertThat(baseline.answer(hostile))
            .as(hostile)
            .isInstanceOfAny(Answer.class, NoAnswer.class);
      }
      assertThat(((Answer) baseline.answer("lunch~2 AND (((")).source().id())
          .isEqualTo("docs/food.md");
    }
  }

  @Test
  void buildsOnDiskAndReportsTheIndexSize() throws IOException {
    try (PlainLuceneBaseline baseline =
        PlainLuceneBaseline.buildOnDisk(settings(), folder.resolve("baseline"))) {
      assertThat(baseline.indexBytes()).isPositive();
      assertThat(Files.list(folder.resolve("baseline"))).isNotEmpty();
    }
  }
}
