package dev.usher.core.reminder;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a reminder goes: channel ids by platform name ({@code discord}, {@code slack}).
 *
 * @param byPlatform channel ids per platform, as the platform spells them; platforms without
 *     channels may be absent or map to an empty list
 */
public record Channels(Map<String, List<String>> byPlatform) {
  public Channels {
    Objects.requireNonNull(byPlatform, "byPlatform");
    byPlatform =
        byPlatform.entrySet().stream()
            .collect(
                java.util.stream.Collectors.toUnmodifiableMap(
                    Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    for (var entry : byPlatform.entrySet()) {
      if (entry.getKey().isBlank()) {
        throw new IllegalArgumentException("byPlatform: platform name must not be blank");
      }
      if (entry.getValue().stream().anyMatch(String::isBlank)) {
        throw new IllegalArgumentException("byPlatform: blank channel id for " + entry.getKey());
      }
    }
  }

  public static Channels none() {
    return new Channels(Map.of());
  }

  public boolean isEmpty() {
    return targets().isEmpty();
  }

  /**
   * Every (platform, channel) pair, platforms by name, channels in configured order, no repeats.
   */
  public List<Target> targets() {
    return byPlatform.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
        .flatMap(e -> e.getValue().stream().distinct().map(c -> new Target(e.getKey(), c)))
        .toList();
  }

  /** One channel of one platform. */
  public record Target(String platform, String channel) {
    public Target {
      Objects.requireNonNull(platform, "platform");
      Objects.requireNonNull(channel, "channel");
    }
  }
}
