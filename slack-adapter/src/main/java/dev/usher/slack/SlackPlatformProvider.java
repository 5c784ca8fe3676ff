package dev.usher.slack;

import dev.usher.core.platform.ChatPlatform;
import dev.usher.core.platform.ChatPlatformProvider;
import dev.usher.core.platform.PlatformContext;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the Slack platform when {@code SLACK_BOT_TOKEN} is set: with {@code SLACK_APP_TOKEN} in
 * Socket Mode (the default), or with {@code SLACK_SIGNING_SECRET} when {@code slack.mode} is {@code
 * http}.
 */
public final class SlackPlatformProvider implements ChatPlatformProvider {
  private static final Logger LOG = LoggerFactory.getLogger(SlackPlatformProvider.class);

  @Override
  public String name() {
    return SlackPlatform.NAME;
  }

  @Override
  public java.util.Set<String> settingKeys() {
    return SlackSettings.KEYS;
  }

  @Override
  public Optional<ChatPlatform> create(PlatformContext context) {
    Optional<String> botToken = context.secret("SLACK_BOT_TOKEN");
    if (botToken.isEmpty()) {
      LOG.info("Slack is off: SLACK_BOT_TOKEN is not set");
      return Optional.empty();
    }
    SlackSettings settings = SlackSettings.from(context.settings());
    SlackCredentials credentials =
        new SlackCredentials(
            botToken.get(),
            context.secret("SLACK_APP_TOKEN"),
            context.secret("SLACK_SIGNING_SECRET"));
    switch (settings.mode()) {
      case SOCKET -> {
        if (credentials.appToken().isEmpty()) {
          throw new IllegalArgumentException(
              "SLACK_APP_TOKEN is not set: Socket Mode (slack.mode: socket, the default) needs an"
                  + " app-level token with connections:write; or set slack.mode: http and"
                  + " SLACK_SIGNING_SECRET");
        }
      }
      case HTTP -> {
        if (credentials.signingSecret().isEmpty()) {
          throw new IllegalArgumentException(
              "SLACK_SIGNING_SECRET is not set: slack.mode: http needs the app's signing secret");
        }
      }
    }
    return Optional.of(
        new SlackPlatform(
            settings, credentials, context.bot(), context.answers(), context.seenDeliveries()));
  }

  /** Slack's app manifest: the configured command names, and Socket Mode unless a URL is given. */
  @Override
  public Optional<String> appManifest(Map<String, Object> settings, Optional<URI> publicUrl) {
    publicUrl.ifPresent(SlackPlatformProvider::requireHttps);
    return Optional.of(
        SlackManifestWriter.manifest(
            SlackManifestWriter.APP_NAME,
            SlackSettings.from(settings),
            publicUrl.map(URI::toString)));
  }

  /** Slack sends events and commands only to an https request URL. */
  private static void requireHttps(URI url) {
    String scheme = Optional.ofNullable(url.getScheme()).orElse("").toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") || url.getHost() == null) {
      throw new IllegalArgumentException(
          "the public URL must be https, such as https://usher.example.org (Slack sends requests"
              + " only there): "
              + url);
    }
  }
}
