package dev.usher.core.platform;

import java.util.List;
import java.util.Objects;

/**
 * What a reader made of one section of {@code usher.yaml}: its typed settings, and the keys it did
 * not recognise, which it leaves to the app to report.
 *
 * @param <S> the section's settings record
 */
public record SectionRead<S>(S settings, List<UnknownKey> unknownKeys) {
  public SectionRead {
    Objects.requireNonNull(settings, "settings");
    unknownKeys = List.copyOf(unknownKeys);
  }
}
