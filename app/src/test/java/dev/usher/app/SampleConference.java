package dev.usher.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the bundled sample and of the shared question sets, from the app module's folder. */
final class SampleConference {
  static final Path FOLDER = Path.of("../examples/iclr-2026");
  static final Path SEED_QUESTIONS = Path.of("../../shared/eval/seed-questions.tsv");

  private SampleConference() {}

  static Path seedQuestions() {
    assertThat(SEED_QUESTIONS)
        .as("../shared must sit beside the project root (see README)")
        .exists();
    return SEED_QUESTIONS;
  }

  static boolean exists() {
    return Files.isDirectory(FOLDER);
  }
}
