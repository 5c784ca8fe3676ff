package dev.usher.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The memory of a real {@code usher serve} process connected to Discord and Slack at once: the
 * platforms' servers are strict fakes in the bench's JVM ({@link PlatformStandIn}), the clients in
 * the process are the real JDA and Bolt. The folder's index is built first by {@code usher index}
 * (as a restart finds it); serve then starts with the fake tokens in its environment, and once both
 * platforms are connected, attendees ask the questions one after the other, alternately on Discord
 * ({@code /ask}) and on Slack (a mention), each reply awaited. VmHWM (peak RSS) and VmRSS are read
 * from {@code /proc/PID/status} after the last reply, then serve is stopped.
 *
 * <p>Unlike {@link ServingMemory} (a {@code Bot} in a JVM of its own, no platform), this is the
 * whole of serve: the platforms' clients, their threads and buffers, the question log, the state.
 */
final class ServeMemory {
  /** The corpus's own settings, kept beside usher.yaml, which adds the fakes' addresses to them. */
  static final String CORPUS_SETTINGS = "corpus.yaml";

  /** The first build of a 10k corpus with the model embeds for minutes on a small machine. */
  private static final Duration INDEX_TIMEOUT = Duration.ofMinutes(60);

  private static final Duration CONNECT_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration REPLY_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration POLL = Duration.ofSeconds(1);

  /**
   * One serve measured.
   *
   * @param replies each question's reply, in the order asked
   * @param seconds from the process's start to the last reply
   * @param startedAs the command, as {@link ServeLaunch#shown} says it
   * @param jvmOptions the JVM's options from its command line
   */
  record Figures(
      int size,
      boolean semantic,
      List<Reply> replies,
      long peakRssKb,
      long rssKb,
      double seconds,
      String startedAs,
      String jvmOptions) {
    Figures {
      replies = List.copyOf(replies);
    }

    long repliesOn(String platform) {
      return replies.stream().filter(r -> r.platform().equals(platform)).count();
    }
  }

  /** A question asked on a platform and the text of the bot's reply there. */
  record Reply(String platform, String question, String text) {}

  private ServeMemory() {}

  /**
   * Measures serve on {@code folder}, which holds a corpus of about {@code size} passages with its
   * settings in {@value #CORPUS_SETTINGS}; logs go beside the folder.
   */
  static Figures measure(
      Path home,
      Path folder,
      int size,
      boolean semantic,
      List<String> questions,
      ServeLaunch launch,
      Consumer<String> progress)
      throws IOException, InterruptedException {
    try (DiscordStandIn discord = new DiscordStandIn();
        SlackStandIn slack = new SlackStandIn()) {
      List<PlatformStandIn> platforms = List.of(discord, slack);
      writeSettings(folder, semantic, platforms);
      progress.accept("  index of " + folder.getFileName() + " (built unless up to date)");
      ServeProcess.run(launch, home, "index", folder, log(folder, "index"), INDEX_TIMEOUT);
      Map<String, String> secrets = new HashMap<>();
      platforms.forEach(p -> secrets.putAll(p.environment()));
      try (ServeProcess serve =
          ServeProcess.start(launch, home, "serve", folder, secrets, log(folder, "serve"))) {
        for (PlatformStandIn platform : platforms) {
          awaitConnected(platform, serve);
        }
        progress.accept(
            String.format(
                "  serve connected to Discord and Slack after %.1f s; asking %d questions",
                serve.secondsSinceStart(), questions.size()));
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
          PlatformStandIn platform = platforms.get(i % platforms.size());
          replies.add(
              new Reply(platform.name(), questions.get(i), ask(platform, questions.get(i), serve)));
        }
        double seconds = serve.secondsSinceStart();
        long rss = serve.memoryKb("VmRSS");
        // Linux folds each thread's cached RSS count into VmHWM only now and then, so VmRSS can
        // read a little above it: the peak is at least the RSS of the moment.
        long peak = Math.max(serve.memoryKb("VmHWM"), rss);
        return new Figures(
            size, semantic, replies, peak, rss, seconds, launch.shown("serve"), serve.jvmOptions());
      }
    }
  }

  /** The corpus's settings, then the semantic switch and each platform's section. */
  private static void writeSettings(Path folder, boolean semantic, List<PlatformStandIn> platforms)
      throws IOException {
    StringBuilder yaml =
        new StringBuilder(
            Files.readString(folder.resolve(CORPUS_SETTINGS), StandardCharsets.UTF_8));
    yaml.append("semantic: ").append(semantic).append('\n');
    platforms.forEach(p -> yaml.append(p.settingsYaml()));
    Files.writeString(folder.resolve("usher.yaml"), yaml, StandardCharsets.UTF_8);
  }

  private static Path log(Path folder, String command) {
    return folder.resolveSibling(folder.getFileName() + "-" + command + ".log");
  }

  /** Waits in short steps, so that a serve that exits is reported at once with its log. */
  private static void awaitConnected(PlatformStandIn platform, ServeProcess serve)
      throws InterruptedException {
    long deadline = System.nanoTime() + CONNECT_TIMEOUT.toNanos();
    while (true) {
      try {
        platform.awaitConnected(POLL);
        return;
      } catch (AssertionError notYet) {
        serve.requireAlive();
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "serve did not connect to "
                  + platform.name()
                  + " within "
                  + CONNECT_TIMEOUT
                  + serve.tail());
        }
      }
    }
  }

  private static String ask(PlatformStandIn platform, String question, ServeProcess serve)
      throws InterruptedException {
    try {
      return platform.ask(question, REPLY_TIMEOUT);
    } catch (AssertionError | IllegalStateException e) {
      serve.requireAlive();
      throw new IllegalStateException(
          "no reply on "
              + platform.name()
              + " to \""
              + question
              + "\": "
              + e.getMessage()
              + serve.tail(),
          e);
    }
  }

  /** Whether {@code folder} already holds a corpus written for this measure. */
  static boolean hasCorpus(Path folder) {
    return Files.isRegularFile(folder.resolve(CORPUS_SETTINGS));
  }

  /** Keeps the corpus's own usher.yaml as {@value #CORPUS_SETTINGS}, for {@link #writeSettings}. */
  static void keepCorpusSettings(Path folder) {
    try {
      Files.move(folder.resolve("usher.yaml"), folder.resolve(CORPUS_SETTINGS));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the corpus settings of " + folder, e);
    }
  }
}
