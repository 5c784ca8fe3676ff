package dev.usher.knowledge.semantic;

import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the sentence model, or says in one line why it cannot and lets search go on lexically. */
public final class SentenceModels {
  private static final Logger log = LoggerFactory.getLogger(SentenceModels.class);

  private SentenceModels() {}

  /** The bundled model (all-MiniLM-L6-v2), or empty with one warning when it cannot load here. */
  public static Optional<SentenceModel> bundled() {
    return load(MiniLmSentenceModel::new);
  }

  /**
   * The model {@code loader} makes, or empty with one warning when it fails: a missing native
   * library on an unusual platform must cost the semantic half of the search, not the bot.
   */
  public static Optional<SentenceModel> load(Supplier<SentenceModel> loader) {
    try {
      return Optional.of(loader.get());
    } catch (RuntimeException | LinkageError e) {
      log.warn(
          "semantic search is off: the sentence model could not load ({}); answering from words only",
          rootMessage(e));
      return Optional.empty();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName()
        + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
  }
}
