package dev.usher.bench;

import java.util.List;
import java.util.Optional;

/** What one benchmark run measured. */
record Figures(
    Machine machine,
    List<Accuracy> accuracy,
    List<SizeFigures> sizes,
    Optional<ServingMemory.Figures> serving,
    Optional<ColdStart.Figures> coldStart,
    List<ServeMemory.Figures> serve) {
  Figures {
    accuracy = List.copyOf(accuracy);
    sizes = List.copyOf(sizes);
    serve = List.copyOf(serve);
  }

  /** One peer's score on a question set, judged as {@code usher eval} judges. */
  record Accuracy(String set, String peer, int passed, int total, List<String> failed) {
    Accuracy {
      failed = List.copyOf(failed);
    }
  }

  /** One corpus size: its passage count, every build made of it, and each peer's figures on it. */
  record SizeFigures(
      int target,
      int passages,
      int sessions,
      int files,
      List<BuildFigures> builds,
      List<PeerFigures> peers,
      long rssKb,
      long peakRssKb,
      String loadAfter) {
    SizeFigures {
      builds = List.copyOf(builds);
      peers = List.copyOf(peers);
    }
  }

  /**
   * One build, from reading the folder to a searchable index.
   *
   * @param cache for a peer with sentence vectors: {@code cold} (no vector cache file) or {@code
   *     warm} (the cache file of an earlier build present, the index directory gone); else {@code
   *     -}
   * @param heapBytes heap still in use after a full GC, minus before the build
   */
  record BuildFigures(
      String peer,
      String cache,
      double seconds,
      double entriesPerSecond,
      long indexBytes,
      long heapBytes) {}

  /**
   * @param throughput answers per second with 2 threads, median of the rounds
   */
  record PeerFigures(String peer, Latencies latency, double throughput) {}
}
