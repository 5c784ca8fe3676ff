package dev.usher.knowledge.schedule;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real schedules in the workspace's shared data folder, which is never copied into the repo.
 */
final class SharedData {
  private static final Path ROOT = Path.of("../../shared/data");

  private SharedData() {}

  static Path file(String relative) {
    Path file = ROOT.resolve(relative);
    if (!Files.isRegularFile(file)) {
      fail(
          "Test data %s is missing: expected the shared data folder at %s (../shared/data next to"
              + " the repository), resolved from %s",
          relative, ROOT.toAbsolutePath().normalize(), Path.of("").toAbsolutePath());
    }
    return file;
  }
}
