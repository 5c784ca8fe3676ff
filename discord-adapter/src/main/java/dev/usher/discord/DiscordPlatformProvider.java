package dev.usher.discord;

import dev.usher.core.platform.ChatPlatform;
import dev.usher.core.platform.ChatPlatformProvider;
import dev.usher.core.platform.PlatformContext;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provides Discord when {@code DISCORD_TOKEN} is set; found through {@link
 * java.util.ServiceLoader}.
 */
public final class DiscordPlatformProvider implements ChatPlatformProvider {
  static final String TOKEN_VARIABLE = "DISCORD_TOKEN";
  private static final Logger LOG = LoggerFactory.getLogger(DiscordPlatformProvider.class);

  @Override
  public String name() {
    return DiscordPlatform.NAME;
  }

  @Override
  public java.util.Set<String> settingKeys() {
    return DiscordSettings.KEYS;
  }

  @Override
  public Optional<ChatPlatform> create(PlatformContext context) {
    DiscordSettings settings = DiscordSettings.from(context.settings());
    Optional<String> token = context.secret(TOKEN_VARIABLE);
    if (token.isEmpty()) {
      LOG.info("Discord is off: {} is not set", TOKEN_VARIABLE);
      return Optional.empty();
    }
    return Optional.of(
        new DiscordPlatform(
            token.get(),
            settings,
            context.bot(),
            context.answers(),
            DiscordEndpoints.of(settings)));
  }
}
