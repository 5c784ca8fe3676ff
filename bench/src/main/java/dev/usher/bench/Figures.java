package dev.usher.bench;

import java.util.List;

/** What one benchmark run measured. */
record Figures(Machine machine, List<Accuracy> accuracy, List<SizeFigures> sizes) {
  Figures {
    accuracy = List.copyOf(accuracy);
    sizes = List.copyOf(sizes);
  }

  /** One peer's score on a question set, judged as {@code usher eval} judges. */
  record Accuracy(String set, String peer, int passed, int total, List<String> failed) {
    Accuracy {
      failed = List.copyOf(failed);
    }
  }

  /** One corpus size: its passage count and each peer's figures on it. */
  record SizeFigures(int target, int passages, int sessions, int files, List<PeerFigures> peers, long rssKb, long peakRssKb, String loadAfter) {
    SizeFigures {
      peers = List.copyOf(peers);
    }
  }

  /**
   * @param buildSeconds reading the folder and building the index, from scratch
   * @param heapBytes heap still in use after a full GC, minus before the build
   * @param throughput answers per second with 2 threads, median of the rounds
   */
  record PeerFigures(String peer, double buildSeconds, double entriesPerSecond, long indexBytes, long heapBytes, Latencies latency, double throughput) {}
}
