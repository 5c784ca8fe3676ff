package dev.usher.app;

import dev.usher.core.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bundled sample conference, copied once per test run into a temporary folder: opening a
 * conference writes its index beside it, and tests never write into {@code examples/}.
 */
final class SampleConference {
  static final Path SOURCE = Path.of("../examples/iclr-2026");
  static final Path FOLDER = copy(SOURCE);

  private SampleConference() {}

  /** The shared seed question set, or the test is skipped without ../shared (failed under CI). */
  static Path seedQuestions() {
    return SharedData.eval("seed-questions.tsv");
  }

  /** Copies {@code source} (without any {@code .usher/} state) into a folder removed at exit. */
  static Path copy(Path source) {
    try {
      Path target =
          Files.createTempDirectory("usher-sample-").resolve(source.getFileName().toString());
      List<Path> files;
      try (Stream<Path> walk = Files.walk(source)) {
        files = walk.filter(p -> !source.relativize(p).startsWith(".usher")).toList();
      }
      for (Path file : files) {
        Files.copy(file, target.resolve(source.relativize(file).toString()));
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(target.getParent())));
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the sample conference " + source, e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
