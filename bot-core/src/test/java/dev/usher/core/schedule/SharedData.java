package dev.usher.core.schedule;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real public files in {@code ../shared} beside the project root (see README, "Tests"), which
 * are never copied into the repository. A test that reads one is skipped on a clone without the
 * folder, and fails instead when {@value #REQUIRED} is set, as {@code .ci/run} does, so CI cannot
 * pass without running it.
 */
final class SharedData {
  static final String REQUIRED = "USHER_SHARED_REQUIRED";
  private static final Path ROOT = Path.of("../../shared");

  private SharedData() {}

  /** A file under {@code ../shared/data}, or the test is skipped (failed under CI). */
  static Path file(String relative) {
    Path file = ROOT.resolve("data").resolve(relative);
    if (!Files.isRegularFile(file)) {
      String why = String.format(
          "real data %s is not at %s (../shared beside the project root)",
          relative, file.toAbsolutePath().normalize());
      if (System.getenv(REQUIRED) != null) {
        fail(why + ", and " + REQUIRED + " says it must be");
      }
      Assumptions.abort(why);
    }
    return file;
  }
}
