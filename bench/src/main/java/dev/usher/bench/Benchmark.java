package dev.usher.bench;

import dev.usher.app.ConferenceRuntime;
import dev.usher.app.config.SettingsLoader;
import dev.usher.app.config.UsherSettings;
import dev.usher.app.eval.EvalJudge;
import dev.usher.app.eval.EvalQuestion;
import dev.usher.app.eval.QuestionSet;
import dev.usher.bench.Figures.Accuracy;
import dev.usher.bench.Figures.BuildFigures;
import dev.usher.bench.Figures.PeerFigures;
import dev.usher.bench.Figures.SizeFigures;
import dev.usher.core.knowledge.IngestReport;
import dev.usher.knowledge.ingest.KnowledgeSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run: accuracy of the peers (Usher with semantic search on and off, plain Lucene, SQLite FTS5)
 * on the unscaled conferences, then for each corpus size their builds, latency and throughput,
 * measured side by side (peers interleaved question by question) so that the machine's load falls
 * on all of them alike; then the memory of a serving JVM and the launcher's cold start.
 */
final class Benchmark {
  private static final Logger log = LoggerFactory.getLogger(Benchmark.class);
  private static final int THREADS = 2;
  private static final int THROUGHPUT_ROUNDS = 3;
  private static final String SEMANTIC = "semantic";
  private static final String LEXICAL = "lexical";
  private static final String LUCENE = "lucene";
  private static final String SQLITE = "sqlite";
  private static final List<String> KINDS = List.of(SEMANTIC, LEXICAL, LUCENE, SQLITE);

  /**
   * @param questionSet the set whose questions (and variations of them) are timed
   * @param accuracySets the sets every peer's accuracy is measured on, each question over its own
   *     conference ({@code data} column, else the set's folder) at its own moment ({@code now})
   * @param questions how many questions each peer answers per size, timed (after as many for
   *     warm-up)
   * @param throughputTime how long each peer runs with 2 threads, per round
   * @param sqliteUpTo SQLite FTS5 is measured on sizes up to this one only (it ranks most rows of a
   *     large corpus: 0.2 s a question at 100k)
   * @param semanticUpTo Usher with semantic search on is measured on sizes up to this one only (a
   *     cold 100k build embeds for some 20 minutes; the lexical path can be timed without it)
   * @param coldUpTo semantic search is built with a cold vector cache on sizes up to this one only;
   *     larger sizes are built only with the cache file left by an earlier run (cold if none)
   * @param servingSize the size whose semantic index a separate serving JVM opens, 0 for none
   * @param servingQuestions how many questions that JVM answers before its peak RSS is read
   * @param coldStarts timed runs of {@code ./usher ask} on the sample, 0 for none
   * @param serveSize the corpus size a whole serve connected to Discord and Slack answers over with
   *     semantic search off ({@link ServeMemory}), 0 for none
   * @param serveSemanticSize the same with semantic search on, 0 for none (its first index build
   *     embeds the corpus)
   * @param serveQuestions how many questions that serve answers, alternately on each platform
   * @param serveLaunch how that serve is started
   */
  record Options(
      Path home,
      Path sharedData,
      Path questionSet,
      List<AccuracySet> accuracySets,
      Path work,
      List<Integer> sizes,
      int questions,
      Duration throughputTime,
      int sqliteUpTo,
      int semanticUpTo,
      int coldUpTo,
      int servingSize,
      int servingQuestions,
      int coldStarts,
      int serveSize,
      int serveSemanticSize,
      int serveQuestions,
      ServeLaunch serveLaunch) {
    Options {
      accuracySets = List.copyOf(accuracySets);
      sizes = List.copyOf(sizes);
      if (servingSize != 0 && !sizes.contains(servingSize)) {
        throw new IllegalArgumentException("servingSize must be one of the sizes: " + servingSize);
      }
    }
  }

  /** A question set and the conference folder of its questions without a {@code data} column. */
  record AccuracySet(Path file, Path folder) {}

  private final Options options;
  private final Consumer<String> progress;

  Benchmark(Options options, Consumer<String> progress) {
    this.options = options;
    this.progress = progress;
  }

  Figures run(String command) {
    Machine machine = Machine.describe(command);
    Path sample = options.home().resolve("examples/iclr-2026");
    UsherSettings sampleSettings = SettingsLoader.load(sample);
    List<EvalQuestion> seed = readQuestions(options.questionSet());
    List<Accuracy> accuracy = new ArrayList<>();
    for (AccuracySet set : options.accuracySets()) {
      accuracy.addAll(accuracy(set.file(), set.folder()));
    }
    List<String> questions =
        QuestionVariations.of(
            seed.stream().map(EvalQuestion::question).toList(), options.questions(), 42);
    List<SourceTexts.Text> texts =
        SourceTexts.read(knowledge(sampleSettings, "sample-texts"), options.sharedData());
    List<SizeFigures> sizes = new ArrayList<>();
    for (int size : options.sizes()) {
      progress.accept("corpus of about " + size + " passages");
      Path folder = options.work().resolve("corpus-" + size);
      CorpusGenerator.write(folder, size, texts, sample, sampleSettings.documents());
      sizes.add(measure(size, SettingsLoader.load(folder), questions));
    }
    Optional<ServingMemory.Figures> serving = Optional.empty();
    if (options.servingSize() > 0) {
      progress.accept(
          "serving JVM over the "
              + options.servingSize()
              + " corpus, "
              + options.servingQuestions()
              + " questions");
      Path folder = options.work().resolve("corpus-" + options.servingSize());
      serving =
          Optional.of(
              ServingMemory.measure(
                  options.servingSize(),
                  folder,
                  indexDirectory("size-" + options.servingSize() + "-" + SEMANTIC),
                  options.questionSet(),
                  options.servingQuestions()));
    }
    List<ServeMemory.Figures> serve = serveMemory(texts, sampleSettings);
    Optional<ColdStart.Figures> coldStart = Optional.empty();
    if (options.coldStarts() > 0) {
      progress.accept("cold start of ./usher ask, " + options.coldStarts() + " runs after a first");
      coldStart = Optional.of(ColdStart.measure(options.home(), options.coldStarts()));
    }
    return new Figures(machine, accuracy, sizes, serving, coldStart, serve);
  }

  /** Whole serve processes connected to Discord and Slack: semantic off, then on, as asked. */
  List<ServeMemory.Figures> serveMemory() {
    Path sample = options.home().resolve("examples/iclr-2026");
    UsherSettings sampleSettings = SettingsLoader.load(sample);
    return serveMemory(
        SourceTexts.read(knowledge(sampleSettings, "sample-texts"), options.sharedData()),
        sampleSettings);
  }

  private List<ServeMemory.Figures> serveMemory(
      List<SourceTexts.Text> texts, UsherSettings sampleSettings) {
    List<String> questions =
        QuestionVariations.of(
            readQuestions(options.questionSet()).stream().map(EvalQuestion::question).toList(),
            options.serveQuestions(),
            11);
    List<ServeMemory.Figures> figures = new ArrayList<>();
    for (boolean semantic : List.of(false, true)) {
      int size = semantic ? options.serveSemanticSize() : options.serveSize();
      if (size <= 0) {
        continue;
      }
      progress.accept(
          "serve with Discord and Slack over about "
              + size
              + " passages, semantic "
              + (semantic ? "on" : "off")
              + ", "
              + questions.size()
              + " questions");
      Path folder = serveCorpus(size, semantic ? SEMANTIC : LEXICAL, texts, sampleSettings);
      try {
        figures.add(
            ServeMemory.measure(
                options.home(),
                folder,
                size,
                semantic,
                questions,
                options.serveLaunch(),
                progress));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot measure serve over " + folder, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while measuring serve", e);
      }
    }
    return figures;
  }

  /**
   * A corpus folder for serve, one per size and mode, written once and kept with its index and
   * vector cache (the generator is deterministic for a size), so a second run starts as a restart.
   */
  private Path serveCorpus(
      int size, String mode, List<SourceTexts.Text> texts, UsherSettings sampleSettings) {
    Path folder = options.work().resolve("serve-" + size + "-" + mode);
    if (!ServeMemory.hasCorpus(folder)) {
      CorpusGenerator.write(
          folder,
          size,
          texts,
          options.home().resolve("examples/iclr-2026"),
          sampleSettings.documents());
      ServeMemory.keepCorpusSettings(folder);
    }
    return folder;
  }

  private static List<EvalQuestion> readQuestions(Path set) {
    try {
      return QuestionSet.read(set);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + set, e);
    }
  }

  private KnowledgeSettings knowledge(UsherSettings settings, String indexName) {
    return knowledge(settings, settings.zone().orElse(ZoneOffset.UTC), indexName);
  }

  private Path indexDirectory(String indexName) {
    return options.work().resolve("index").resolve(indexName);
  }

  /** Settings over an empty index directory; a vector cache file beside it is left as it is. */
  private KnowledgeSettings knowledge(UsherSettings settings, ZoneId zone, String indexName) {
    Path index = indexDirectory(indexName);
    Folders.delete(index);
    return new KnowledgeSettings(
        settings.folder(),
        settings.documents(),
        settings.schedule(),
        zone,
        settings.synonyms(),
        index,
        settings.maxFileBytes());
  }

  private Path freshFolder(String name) {
    Path folder = options.work().resolve("index").resolve(name);
    Folders.delete(folder);
    return folder;
  }

  private List<Accuracy> accuracy(Path set, Path defaultFolder) {
    progress.accept("accuracy on " + set.getFileName());
    List<EvalQuestion> questions = readQuestions(set);
    EvalJudge judge = new EvalJudge();
    Map<Path, List<Peer>> peersByFolder = new LinkedHashMap<>();
    Map<Path, ZoneId> zones = new HashMap<>();
    int[] passed = new int[KINDS.size()];
    List<List<String>> failed = new ArrayList<>();
    KINDS.forEach(kind -> failed.add(new ArrayList<>()));
    try {
      for (EvalQuestion question : questions) {
        Path folder =
            question
                .data()
                .map(
                    d ->
                        Objects.requireNonNull(set.toAbsolutePath().getParent(), "set folder")
                            .resolve(d)
                            .normalize())
                .orElse(defaultFolder);
        List<Peer> peers = peersByFolder.computeIfAbsent(folder, f -> build(f, zones));
        ZoneId zone = zones.get(folder);
        Clock clock =
            question
                .now()
                .map(now -> Clock.fixed(now.atZone(zone).toInstant(), zone))
                .orElse(Clock.system(zone));
        for (int p = 0; p < peers.size(); p++) {
          if (judge.judge(question, peers.get(p).answer(question.question(), clock)).passed()) {
            passed[p]++;
          } else {
            failed.get(p).add(question.id());
          }
        }
      }
    } finally {
      peersByFolder.values().forEach(peers -> peers.forEach(Peer::close));
    }
    String setName = set.getFileName().toString();
    List<Accuracy> scores = new ArrayList<>();
    List<String> names = peersByFolder.values().iterator().next().stream().map(Peer::name).toList();
    for (int p = 0; p < names.size(); p++) {
      scores.add(new Accuracy(setName, names.get(p), passed[p], questions.size(), failed.get(p)));
    }
    return scores;
  }

  /**
   * The peers over one unscaled conference folder, in the zone Usher reads for it (from usher.yaml,
   * or the schedule's own when the folder has none), recorded in {@code zones}.
   */
  private List<Peer> build(Path folder, Map<Path, ZoneId> zones) {
    ConferenceRuntime runtime = ConferenceRuntime.open(folder, file -> {});
    ZoneId zone = runtime.conference().zone();
    runtime.close();
    zones.put(folder, zone);
    UsherSettings settings = SettingsLoader.load(folder);
    List<Peer> peers = new ArrayList<>();
    for (String kind : KINDS) {
      peers.add(buildOne(kind, settings, zone, "accuracy-" + zones.size()));
    }
    return peers;
  }

  private SizeFigures measure(int size, UsherSettings settings, List<String> questions) {
    String name = "size-" + size;
    List<String> kinds =
        KINDS.stream()
            .filter(kind -> !kind.equals(SQLITE) || size <= options.sqliteUpTo())
            .filter(kind -> !kind.equals(SEMANTIC) || size <= options.semanticUpTo())
            .toList();
    List<Peer> peers = new ArrayList<>();
    List<Build> builds = new ArrayList<>();
    try {
      // Built one after the other: each build has the machine to itself, and its heap is what it
      // adds.
      for (String kind : kinds) {
        if (kind.equals(SEMANTIC)) {
          Path cacheFile = knowledge(settings, name + "-" + kind).vectorCacheFile();
          if (size <= options.coldUpTo()) {
            Folders.delete(cacheFile);
            timedBuild(kind, settings, name, "cold").close(builds);
          }
          peers.add(
              timedBuild(kind, settings, name, Files.isRegularFile(cacheFile) ? "warm" : "cold")
                  .keep(builds));
        } else {
          peers.add(timedBuild(kind, settings, name, "-").keep(builds));
        }
      }
      // What Usher read: the same material every peer was built from, without reading it again.
      IngestReport read = ((UsherPeer) peers.getFirst()).report();
      int passages = read.passages();
      int sessions = read.sessions();
      int files = settings.documents().size() - 1 + size / CorpusGenerator.PASSAGES_PER_FILE;
      progress.accept("  " + passages + " passages, " + sessions + " sessions; warming up");
      singleThread(peers, questions); // warm-up: the same work as the timed pass
      progress.accept("  timing " + questions.size() + " questions per peer, interleaved");
      long[][] nanos = singleThread(peers, questions);
      double[][] rates = new double[peers.size()][THROUGHPUT_ROUNDS];
      for (int round = 0; round < THROUGHPUT_ROUNDS; round++) {
        for (int p = 0; p < peers.size(); p++) {
          int which = (p + round) % peers.size();
          rates[which][round] = throughput(peers.get(which), questions);
        }
      }
      List<PeerFigures> figures = new ArrayList<>();
      for (int p = 0; p < peers.size(); p++) {
        double[] peerRates = rates[p].clone();
        Arrays.sort(peerRates);
        figures.add(
            new PeerFigures(
                peers.get(p).name(), Latencies.of(nanos[p]), peerRates[THROUGHPUT_ROUNDS / 2]));
      }
      List<BuildFigures> buildFigures =
          builds.stream().map(b -> b.figures(passages + sessions)).toList();
      return new SizeFigures(
          size,
          passages,
          sessions,
          files,
          buildFigures,
          figures,
          Machine.memoryKb("VmRSS"),
          Machine.memoryKb("VmHWM"),
          Machine.loadAverage());
    } finally {
      peers.forEach(Peer::close);
    }
  }

  /** A build timed: the peer it made, how long it took, what it added to the heap. */
  private record Build(Peer peer, String cache, double seconds, long indexBytes, long heapBytes) {
    Peer keep(List<Build> builds) {
      builds.add(this);
      return peer;
    }

    void close(List<Build> builds) {
      builds.add(this);
      peer.close();
    }

    BuildFigures figures(int entries) {
      return new BuildFigures(
          peer.name(), cache, seconds, entries / seconds, indexBytes, heapBytes);
    }
  }

  private Build timedBuild(String kind, UsherSettings settings, String name, String cache) {
    long heapBefore = usedHeapAfterGc();
    long started = System.nanoTime();
    Peer peer = buildOne(kind, settings, name);
    double seconds = (System.nanoTime() - started) / 1e9;
    Build build =
        new Build(peer, cache, seconds, peer.indexBytes(), usedHeapAfterGc() - heapBefore);
    progress.accept(
        "  built "
            + peer.name()
            + (cache.equals("-") ? "" : " (" + cache + " vector cache)")
            + " in "
            + String.format("%.1f s", seconds));
    return build;
  }

  private Peer buildOne(String kind, UsherSettings settings, String name) {
    return buildOne(kind, settings, settings.zone().orElse(ZoneOffset.UTC), name);
  }

  private Peer buildOne(String kind, UsherSettings settings, ZoneId zone, String name) {
    String index = name + "-" + kind;
    String conference = settings.name().orElse(name);
    return switch (kind) {
      case SEMANTIC ->
          UsherPeer.build(
              knowledge(settings, zone, index).withSemantic(true), conference, settings.help());
      case LEXICAL ->
          UsherPeer.build(
              knowledge(settings, zone, index).withSemantic(false), conference, settings.help());
      case SQLITE ->
          SqliteFtsPeer.build(
              knowledge(settings, zone, index), freshFolder(index + "-db").resolve("fts.db"));
      case LUCENE ->
          PlainLucenePeer.build(knowledge(settings, zone, index), freshFolder(index + "-plain"));
      default -> throw new IllegalArgumentException("unknown peer kind " + kind);
    };
  }

  /** Each question goes to every peer before the next, starting with a different peer each time. */
  static long[][] singleThread(List<Peer> peers, List<String> questions) {
    long[][] nanos = new long[peers.size()][questions.size()];
    for (int q = 0; q < questions.size(); q++) {
      for (int k = 0; k < peers.size(); k++) {
        int p = (q + k) % peers.size();
        long started = System.nanoTime();
        peers.get(p).answer(questions.get(q));
        nanos[p][q] = System.nanoTime() - started;
      }
    }
    return nanos;
  }

  /** Answers per second with {@value #THREADS} threads asking for {@code throughputTime}. */
  private double throughput(Peer peer, List<String> questions) {
    LongAdder answered = new LongAdder();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(THREADS);
    List<Thread> threads = new ArrayList<>();
    long started = System.nanoTime();
    for (int t = 0; t < THREADS; t++) {
      int offset = t * questions.size() / THREADS;
      threads.add(
          Thread.ofPlatform()
              .name("bench-" + t)
              .start(
                  () -> {
                    try {
                      for (int i = offset; !stop.get(); i++) {
                        peer.answer(questions.get(i % questions.size()));
                        answered.increment();
                      }
                    } finally {
                      done.countDown();
                    }
                  }));
    }
    try {
      Thread.sleep(options.throughputTime());
      stop.set(true);
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while measuring " + peer.name(), e);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    log.debug("{} threads finished", threads.size());
    return answered.sum() / seconds;
  }

  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
