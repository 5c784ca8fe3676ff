package dev.usher.core.platform;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

  /**
   * The keys of the platform's section of {@code usher.yaml} that the adapter reads; {@code ./usher
   * check} reports any other key there, with "did you mean", as for every other section.
   */
  default Set<String> settingKeys() {
    return Set.of();
  }

  /**
   * The app definition an organizer pastes into the platform's developer console (Slack's app
   * manifest) for this configuration, so the app there has exactly the commands, events and
   * permissions the adapter uses; empty for a platform that has none.
   *
   * @param settings the platform's section of {@code usher.yaml}, as {@link PlatformContext} has it
   * @param publicUrl the bot's public https base URL when the platform should send requests there,
   *     empty when the bot opens the connection itself
   * @throws IllegalArgumentException when the settings or the URL are wrong, naming the key
   */
  default Optional<String> appManifest(Map<String, Object> settings, Optional<URI> publicUrl) {
    return Optional.empty();
  }
}
