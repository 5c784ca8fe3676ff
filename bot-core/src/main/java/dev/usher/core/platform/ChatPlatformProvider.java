package dev.usher.core.platform;

import java.util.Optional;

/**
 * Found through {@link java.util.ServiceLoader}: adding a platform is adding a module that provides
 * one of these, and a dependency in the app.
 */
public interface ChatPlatformProvider {

  /** The platform's name, also the key of its section in {@code usher.yaml}. */
  String name();

  /**
   * The platform, ready to start, when its secrets are in the environment; empty (and nothing
   * logged but a line saying so) when they are not.
   *
   * @throws IllegalArgumentException when the configuration is present but wrong, naming the key
   */
  Optional<ChatPlatform> create(PlatformContext context);
}
