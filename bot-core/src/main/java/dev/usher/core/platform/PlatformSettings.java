package dev.usher.core.platform;

import java.util.List;

/** A platform's settings record, as its adapter reads it from its section of {@code usher.yaml}. */
public interface PlatformSettings {
  /**
   * The environment variables the platform's secrets are read from, so {@code ./usher check} can
   * say which are set without ever showing a value.
   */
  List<String> secretVariables();
}
