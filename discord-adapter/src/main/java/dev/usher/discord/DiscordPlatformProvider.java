package dev.usher.discord;

import dev.usher.core.platform.ChatPlatform;
import dev.usher.core.platform.ChatPlatformProvider;
import dev.usher.core.platform.PlatformContext;
import dev.usher.core.platform.SectionRead;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provides Discord when its token variable ({@code DISCORD_TOKEN} unless {@code
 * discord.token_variable} names another) is set; found through {@link java.util.ServiceLoader}.
 */
public final class DiscordPlatformProvider implements ChatPlatformProvider {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordPlatformProvider.class);

  @Override
  public String name() {
    return DiscordPlatform.NAME;
  }

  @Override
  public SectionRead<DiscordSettings> readSettings(Map<String, Object> section) {
    return DiscordSettings.read(section);
  }

  @Override
  public Optional<ChatPlatform> create(PlatformContext context) {
    DiscordSettings settings = DiscordSettings.from(context.settings());
    Optional<String> token = context.secret(settings.tokenVariable());
    if (token.isEmpty()) {
      LOG.info("Discord is off: {} is not set", settings.tokenVariable());
      return Optional.empty();
    }
    settings.warnWhenNotDiscord();
    return Optional.of(
        new DiscordPlatform(
            token.get(),
            settings,
            context.bot(),
            context.answers(),
            DiscordEndpoints.of(settings)));
  }
}
