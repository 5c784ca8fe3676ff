package dev.usher.bench;

import dev.usher.bench.SourceTexts.Text;
import dev.usher.knowledge.ingest.DocumentEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes a conference folder of about {@code passages} passages: the sample conference's documents
 * as they are, plus replicas of the real texts with distinct ids and shuffled words, {@value
 * #PASSAGES_PER_FILE} sections (one passage each) per markdown file. Deterministic for a size.
 */
final class CorpusGenerator {
  static final int PASSAGES_PER_FILE = 10;
  /** Sections shorter than this would be merged by the splitter; longer ones split. */
  private static final int MIN_WORDS = 40;
  private static final int MAX_WORDS = 110;

  private CorpusGenerator() {}

  /**
   * @param sampleFolder the sample conference, whose usher.yaml documents are copied verbatim
   * @param sampleDocuments the sample's documents, paths relative to its folder
   */
  static void write(Path folder, int passages, List<Text> texts, Path sampleFolder, List<DocumentEntry> sampleDocuments) {
    Folders.delete(folder);
    Random random = new Random(passages);
    try {
      Files.createDirectories(folder.resolve("docs/generated"));
      StringBuilder yaml = new StringBuilder("""
          name: Usher benchmark corpus
          timezone: America/Sao_Paulo
          documents:
          """);
      for (DocumentEntry document : sampleDocuments) {
        Path target = folder.resolve(document.path());
        Files.createDirectories(target.getParent());
        Files.copy(sampleFolder.resolve(document.path()), target);
        yaml.append("  - path: ").append(document.path()).append('\n');
        document.title().ifPresent(title -> yaml.append("    title: ").append(quoted(title)).append('\n'));
      }
      yaml.append("  - path: docs/generated\n");
      int files = Math.max(1, passages / PASSAGES_PER_FILE);
      int next = 0;
      for (int file = 0; file < files; file++) {
        StringBuilder markdown = new StringBuilder("# Generated notes ").append(file).append("\n\n");
        for (int section = 0; section < PASSAGES_PER_FILE; section++, next++) {
          Text text = texts.get(next % texts.size());
          markdown.append("## ").append(text.heading()).append(" (ref ").append(next).append(")\n\n")
              .append(body(texts, next, random)).append("\n\n");
        }
        Files.writeString(folder.resolve(String.format("docs/generated/notes-%06d.md", file)), markdown);
      }
      Files.writeString(folder.resolve("usher.yaml"), yaml);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the corpus in " + folder, e);
    }
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
