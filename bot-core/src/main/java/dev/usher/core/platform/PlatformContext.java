package dev.usher.core.platform;

import dev.usher.core.Bot;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * What a platform gets from the app.
 *
 * @param settings the platform's own section of {@code usher.yaml} (values are strings, lists and
 *     maps as YAML gives them), empty when there is none
 * @param environment the process environment, where secrets come from
 * @param executor where answers are computed, so the platform's own event threads never block
 */
public record PlatformContext(
    Bot bot,
    Map<String, Object> settings,
    Map<String, String> environment,
    ExecutorService executor) {
  public PlatformContext {
    Objects.requireNonNull(bot, "bot");
    settings = Map.copyOf(settings);
    environment = Map.copyOf(environment);
    Objects.requireNonNull(executor, "executor");
  }

  public Optional<String> secret(String name) {
    return Optional.ofNullable(environment.get(name)).filter(v -> !v.isBlank());
  }
}
