package dev.usher.bench;

import dev.usher.app.config.SettingsLoader;
import dev.usher.app.config.UsherSettings;
import dev.usher.app.eval.EvalQuestion;
import dev.usher.app.eval.QuestionSet;
import dev.usher.core.Bot;
import dev.usher.core.command.Request;
import dev.usher.core.conference.Conference;
import dev.usher.knowledge.LuceneKnowledge;
import dev.usher.knowledge.ingest.KnowledgeSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The memory of a serving JVM with the sentence model loaded: a separate process, started with the
 * options {@code ./usher serve} runs with, opens an index already built (semantic on), answers
 * questions one after the other, and reports its peak RSS (VmHWM) at the end. Its own JVM, since
 * the bench's holds every peer at once.
 */
final class ServingMemory {
  /** What {@code ./usher serve} gives the JVM, less the class-data archive of the app's own jar. */
  static final List<String> JVM_OPTIONS =
      List.of("--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC", "-Xms32m");

  private static final String MARK = "serving-memory:";

  /**
   * @param seconds from the process's start to its last answer
   */
  record Figures(
      int size, int questions, long peakRssKb, long rssKb, double seconds, String jvmOptions) {}

  private ServingMemory() {}

  /** Runs the child JVM over {@code folder}'s index in {@code indexDirectory}; waits for it. */
  static Figures measure(
      int size, Path folder, Path indexDirectory, Path questionSet, int questions) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(JVM_OPTIONS);
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            ServingMemory.class.getName(),
            folder.toString(),
            indexDirectory.toString(),
            questionSet.toString(),
            Integer.toString(questions)));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      Optional<String> result = Optional.empty();
      List<String> tail = new ArrayList<>();
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (line.startsWith(MARK)) {
            result = Optional.of(line.substring(MARK.length()).strip());
          } else if (tail.size() < 20) {
            tail.add(line);
          }
        }
      }
      int exit = process.waitFor();
      String[] values =
          result
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "the serving JVM exited with "
                              + exit
                              + " and no figures: "
                              + String.join("\n", tail)))
              .split(" ");
      return new Figures(
          size,
          questions,
          Long.parseLong(values[0]),
          Long.parseLong(values[1]),
          Double.parseDouble(values[2]),
          String.join(" ", JVM_OPTIONS));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + java, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the serving JVM", e);
    }
  }

  /**
   * {@code FOLDER INDEX QUESTIONS.tsv COUNT}: prints {@code serving-memory: VmHWM-kB VmRSS-kB
   * seconds}.
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    UsherSettings settings = SettingsLoader.load(folder);
    ZoneId zone = settings.zone().orElse(ZoneOffset.UTC);
    KnowledgeSettings knowledge =
        new KnowledgeSettings(
                settings.folder(),
                settings.documents(),
                settings.schedule(),
                zone,
                settings.synonyms(),
                Path.of(args[1]),
                settings.maxFileBytes())
            .withSemantic(true);
    List<String> seed =
        QuestionSet.read(Path.of(args[2])).stream().map(EvalQuestion::question).toList();
    List<String> questions = QuestionVariations.of(seed, Integer.parseInt(args[3]), 7);
    try (LuceneKnowledge opened = LuceneKnowledge.open(knowledge, file -> {})) {
      if (!opened.semantic()) {
        throw new IllegalStateException("the sentence model did not load");
      }
      Bot bot =
          new Bot(
              new Conference(
                  settings.name().orElse("bench"), zone, settings.help(), Optional.empty()),
              opened,
              Clock.system(zone));
      for (String question : questions) {
        bot.handle(new Request.Ask(question));
      }
      double seconds =
          (System.currentTimeMillis()
                  - ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli())
              / 1e3;
      System.out.println(
          MARK + " " + Machine.memoryKb("VmHWM") + " " + Machine.memoryKb("VmRSS") + " " + seconds);
    }
  }
}
