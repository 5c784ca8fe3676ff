package dev.usher.core.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A key of {@code usher.yaml} that no reader recognised: not refused where it is read, but
 * collected, so {@code ./usher check} reports every one the same way (with "did you mean") and
 * {@code serve} logs them once at start.
 *
 * @param path the key's whole path, such as {@code slack.mdoe}
 * @param known the keys that may stand in its place, to suggest the nearest
 */
public record UnknownKey(String path, Set<String> known) {
  public UnknownKey {
    Objects.requireNonNull(path, "path");
    known = Set.copyOf(known);
  }

  /**
   * The keys of {@code section} that are not in {@code known}, in the section's order.
   *
   * @param prefix the section's path, such as {@code slack}; empty for the top level
   */
  public static List<UnknownKey> in(String prefix, Map<String, ?> section, Set<String> known) {
    List<UnknownKey> unknown = new ArrayList<>();
    for (String key : section.keySet()) {
      if (!known.contains(key)) {
        unknown.add(new UnknownKey(prefix.isEmpty() ? key : prefix + "." + key, known));
      }
    }
    return unknown;
  }
}
