package dev.usher.core.testing;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real public files in {@code ../shared} beside the project root (see README, "Tests"), which
 * are never copied into the repository. A test that reads one is skipped on a clone without the
 * folder, and fails instead when {@value #REQUIRED} is set, as {@code .ci/run} does, so CI cannot
 * pass without running it. Paths are relative to a module's folder, where its tests run.
 */
public final class SharedData {
  public static final String REQUIRED = "USHER_SHARED_REQUIRED";
  public static final Path ROOT = Path.of("../../shared");

  private SharedData() {}

  /** A file or folder under {@code ../shared/data}, or the test is skipped (failed under CI). */
  public static Path data(String relative) {
    return existing(ROOT.resolve("data").resolve(relative));
  }

  /** A question set under {@code ../shared/eval}, or the test is skipped (failed under CI). */
  public static Path eval(String relative) {
    return existing(ROOT.resolve("eval").resolve(relative));
  }

  private static Path existing(Path path) {
    if (!Files.exists(path)) {
      String why =
          String.format(
              "real data %s is missing (../shared beside the project root)",
              path.toAbsolutePath().normalize());
      if (System.getenv(REQUIRED) != null) {
        fail(why + ", and " + REQUIRED + " says it must be there");
      }
      Assumptions.abort(why);
    }
    return path;
  }
}
