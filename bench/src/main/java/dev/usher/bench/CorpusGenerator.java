package dev.usher.bench;

import dev.usher.bench.SourceTexts.Text;
import dev.usher.knowledge.ingest.DocumentEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes a conference folder of about {@code passages} passages: the sample conference's documents
 * as they are, plus replicas of the real texts with distinct ids and shuffled words, {@value
 * #PASSAGES_PER_FILE} sections (one passage each) per markdown file; and a schedule of one session
 * per {@value #PASSAGES_PER_SESSION} passages, replicas of the real talks over five days in ten
 * rooms. Deterministic for a size.
 */
final class CorpusGenerator {
  static final int PASSAGES_PER_FILE = 10;
  static final int PASSAGES_PER_SESSION = 10;
  private static final int DAYS = 5;
  private static final int ROOMS = 10;
  private static final List<String> TRACKS =
      List.of("Science", "Security", "Society", "Systems", "Art");
  private static final List<String> NAMES =
      List.of(
          "Ada Brook",
          "Bo Chen",
          "Carla Diaz",
          "Dmitri Egorov",
          "Eun-ji Kim",
          "Femi Ade",
          "Grete Lund");

  /** Sections shorter than this would be merged by the splitter; longer ones split. */
  private static final int MIN_WORDS = 40;

  private static final int MAX_WORDS = 110;

  private CorpusGenerator() {}

  /**
   * @param sampleFolder the sample conference, whose usher.yaml documents are copied verbatim
   * @param sampleDocuments the sample's documents, paths relative to its folder
   */
  static void write(
      Path folder,
      int passages,
      List<Text> texts,
      Path sampleFolder,
      List<DocumentEntry> sampleDocuments) {
    Folders.delete(folder);
    Random random = new Random(passages);
    try {
      Files.createDirectories(folder.resolve("docs/generated"));
      StringBuilder yaml =
          new StringBuilder(
              """
          name: Usher benchmark corpus
          timezone: America/Sao_Paulo
          documents:
          """);
      for (DocumentEntry document : sampleDocuments) {
        Path target = folder.resolve(document.path());
        Files.createDirectories(target.getParent());
        Files.copy(sampleFolder.resolve(document.path()), target);
        yaml.append("  - path: ").append(document.path()).append('\n');
        document
            .title()
            .ifPresent(title -> yaml.append("    title: ").append(quoted(title)).append('\n'));
      }
      yaml.append("  - path: docs/generated\n");
      int files = Math.max(1, passages / PASSAGES_PER_FILE);
      int next = 0;
      for (int file = 0; file < files; file++) {
        StringBuilder markdown =
            new StringBuilder("# Generated notes ").append(file).append("\n\n");
        for (int section = 0; section < PASSAGES_PER_FILE; section++, next++) {
          Text text = texts.get(next % texts.size());
          markdown
              .append("## ")
              .append(text.heading())
              .append(" (ref ")
              .append(next)
              .append(")\n\n")
              .append(body(texts, next, random))
              .append("\n\n");
        }
        Files.writeString(
            folder.resolve(String.format("docs/generated/notes-%06d.md", file)), markdown);
      }
      yaml.append("schedule: [schedule.yaml]\n");
      Files.writeString(
          folder.resolve("schedule.yaml"),
          schedule(Math.max(1, passages / PASSAGES_PER_SESSION), texts, random));
      Files.writeString(folder.resolve("usher.yaml"), yaml);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the corpus in " + folder, e);
    }
  }

  /**
   * Sessions in Usher's own format: back to back in each room, from 09:00, over {@value #DAYS}
   * days.
   */
  private static String schedule(int sessions, List<Text> texts, Random random) {
    StringBuilder yaml = new StringBuilder("sessions:\n");
    int perRoomAndDay = Math.max(1, (sessions + DAYS * ROOMS - 1) / (DAYS * ROOMS));
    int minutes = Math.max(5, Math.min(60, 9 * 60 / perRoomAndDay));
    LocalDateTime firstDay = LocalDateTime.of(2026, 4, 24, 9, 0);
    for (int i = 0; i < sessions; i++) {
      Text text = texts.get(i % texts.size());
      int slot = i / (DAYS * ROOMS);
      LocalDateTime start = firstDay.plusDays(i % DAYS).plusMinutes((long) slot * minutes);
      yaml.append("  - id: s")
          .append(i)
          .append('\n')
          .append("    title: ")
          .append(quoted(text.heading()))
          .append('\n')
          .append("    start: \"")
          .append(start)
          .append("\"\n")
          .append("    end: \"")
          .append(start.plusMinutes(minutes))
          .append("\"\n")
          .append("    room: \"Room ")
          .append(1 + (i / DAYS) % ROOMS)
          .append("\"\n")
          .append("    track: ")
          .append(TRACKS.get(i % TRACKS.size()))
          .append('\n')
          .append("    speakers: [")
          .append(quoted(NAMES.get(random.nextInt(NAMES.size()))))
          .append("]\n")
          .append("    description: ")
          .append(quoted(body(texts, i, random)))
          .append('\n');
    }
    return yaml.toString();
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The text's words, shuffled, padded with the next texts' words to a passage's length. */
  private static String body(List<Text> texts, int index, Random random) {
    List<String> words = new ArrayList<>();
    for (int i = index; words.size() < MIN_WORDS; i++) {
      words.addAll(Arrays.asList(texts.get(i % texts.size()).body().split("\\s+")));
    }
    Collections.shuffle(words, random);
    List<String> kept = words.subList(0, Math.min(words.size(), MAX_WORDS));
    return "ref" + index + " " + String.join(" ", kept).replace("#", "");
  }
}
