package dev.usher.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One scan of a text answers for each of its parts as matching that part alone does. */
class AnswerSpansTest {
  private static final Path SAMPLE_DOCS = Path.of("../examples/iclr-2026/docs");

  @Test
  void everyPartOfTrickyTextsAgreesWithThePartAlone() {
    // given texts whose answers cross line and word edges ("July\n11", "7\npm", "8am9"), and whose
    // parts end inside words
    List<String> texts =
        List.of(
            "Registration Desk\n7:30 AM\nDoors open on Thursday, July\n11 at 9 am",
            "at 7\npm the social starts; tickets $25 or €20, free for students",
            "Talks by Ada Lovelace, Alan Turing and Grace Hopper in Hall B\nRoom 101",
            "Find us at Musterstraße 12 in Köln, 12 N Harbor Street, OR 97477",
            "8am9 9:00x 10 minutes20 hours each 25/45-minute slot",
            "",
            "\n\n");

    // then every part [from, to) of each, for every intent, agrees with matching the part alone
    for (String text : texts) {
      for (Intent intent : Intent.values()) {
        assertAgreesOnEveryPart(intent, text);
      }
    }
  }

  @Test
  void linesAndRandomPartsOfTheSampleDocumentsAgreeWithThePartAlone() throws IOException {
    // given the sample conference's documents
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(SAMPLE_DOCS)) {
      for (Path file : files.sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    assertThat(texts).isNotEmpty();

    // then each line, each line with the next, and random parts agree with the part alone
    Random random = new Random(17);
    int compared = 0;
    for (String text : texts) {
      for (Intent intent : Intent.values()) {
        AnswerSpans spans = intent.answersIn(text);
        int lineStart = 0;
        while (lineStart <= text.length()) {
          int lineEnd = text.indexOf('\n', lineStart);
          lineEnd = lineEnd < 0 ? text.length() : lineEnd;
          int nextEnd = text.indexOf('\n', Math.min(text.length(), lineEnd + 1));
          nextEnd = nextEnd < 0 ? text.length() : nextEnd;
          assertAgrees(intent, spans, text, lineStart, lineEnd);
          assertAgrees(intent, spans, text, lineStart, nextEnd);
          compared += 2;
          lineStart = lineEnd + 1;
        }
        for (int i = 0; i < 200; i++) {
          int from = random.nextInt(text.length() + 1);
          int to = from + random.nextInt(text.length() - from + 1);
          assertAgrees(intent, spans, text, from, to);
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(1000);
  }

  private static void assertAgreesOnEveryPart(Intent intent, String text) {
    // One scan serves every question, in any order: ask from the end backwards, then forwards.
    AnswerSpans spans = intent.answersIn(text);
    for (int from = text.length(); from >= 0; from--) {
      for (int to = text.length(); to >= from; to--) {
        assertAgrees(intent, spans, text, from, to);
      }
    }
    assertThat(spans.any()).isEqualTo(intent.answeredBy(text));
  }

  private static void assertAgrees(
      Intent intent, AnswerSpans spans, String text, int from, int to) {
    assertThat(spans.within(from, to))
        .as("%s in [%d, %d) of %s", intent, from, to, text)
        .isEqualTo(intent.answeredBy(text.substring(from, to)));
  }
}
