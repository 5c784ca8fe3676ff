package dev.usher.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The wall time of {@code ./usher ask QUESTION} on the sample: the launcher as a user runs it, the
 * index already built. A first, untimed run builds what the launcher builds on a first run (the
 * app, its class-data archive, the index).
 */
final class ColdStart {
  static final String QUESTION = "When is ICLR 2026?";

  /**
   * @param seconds each timed run's wall time, in the order run
   */
  record Figures(String command, List<Double> seconds) {
    Figures {
      seconds = List.copyOf(seconds);
    }

    double median() {
      double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      int n = sorted.length;
      return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
  }

  private ColdStart() {}

  static Figures measure(Path home, int runs) {
    List<String> command = List.of(home.resolve("usher").toString(), "ask", QUESTION);
    run(home, command);
    List<Double> seconds = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long started = System.nanoTime();
      run(home, command);
      seconds.add((System.nanoTime() - started) / 1e9);
    }
    return new Figures("./usher ask \"" + QUESTION + "\"", seconds);
  }

  private static void run(Path home, List<String> command) {
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(home.toFile())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      int exit = process.waitFor();
      if (exit != 0) {
        throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command.getFirst(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command.getFirst(), e);
    }
  }
}
