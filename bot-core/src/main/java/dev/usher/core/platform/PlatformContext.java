package dev.usher.core.platform;

import dev.usher.core.Bot;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a platform gets from the app.
 *
 * @param settings the platform's own section of {@code usher.yaml} (values are strings, lists and
 *     maps as YAML gives them), empty when there is none
 * @param environment the process environment, where secrets come from
 * @param answers where answers are computed, so the platform's own event threads never block; its
 *     catch-all apologizes for an answer that fails or is refused
 * @param seenDeliveries the deliveries already answered, shared by every platform and kept across
 *     restarts, so a redelivered event is answered once
 */
public record PlatformContext(
    Bot bot,
    Map<String, Object> settings,
    Map<String, String> environment,
    BackgroundAnswers answers,
    SeenDeliveries seenDeliveries) {
  /** Deliveries remembered in memory when the app gives no durable store (tests, one-off runs). */
  static final int IN_MEMORY_DELIVERIES = 10_000;

  public PlatformContext {
    Objects.requireNonNull(bot, "bot");
    settings = Map.copyOf(settings);
    environment = Map.copyOf(environment);
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(seenDeliveries, "seenDeliveries");
  }

  /** A context whose deliveries are remembered in memory only, until the process ends. */
  public PlatformContext(
      Bot bot,
      Map<String, Object> settings,
      Map<String, String> environment,
      BackgroundAnswers answers) {
    this(bot, settings, environment, answers, SeenDeliveries.inMemory(IN_MEMORY_DELIVERIES));
  }

  public Optional<String> secret(String name) {
    return Optional.ofNullable(environment.get(name)).filter(v -> !v.isBlank());
  }
}
