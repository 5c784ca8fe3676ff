package dev.usher.core.platform;

import java.net.URI;
import java.util.Map;
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

  /**
   * Reads the platform's section of {@code usher.yaml} into the adapter's settings record. A key
   * the adapter does not read is not refused here but returned, so the app reports it with every
   * other unknown key ({@code ./usher check}, and once when {@code serve} starts).
   *
   * @param section the section as YAML gives it (strings, numbers, booleans, lists and maps), empty
   *     when there is none
   * @throws IllegalArgumentException when a value is wrong, in one line naming the key; a secret's
   *     value is never in the message, only the environment variable's name
   */
  SectionRead<? extends PlatformSettings> readSettings(Map<String, Object> section);

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
