package dev.usher.bench;

import java.util.Arrays;

/** Percentiles of one peer's answer times, in microseconds. */
record Latencies(double p50Micros, double p99Micros, double maxMicros, int count) {
  static Latencies of(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Latencies(
        micros(sorted, 0.50),
        micros(sorted, 0.99),
        sorted[sorted.length - 1] / 1_000.0,
        sorted.length);
  }

  private static double micros(long[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1_000.0;
  }
}
