package dev.usher.slack;

import dev.usher.core.platform.ChatPlatform;
import dev.usher.core.platform.ChatPlatformProvider;
import dev.usher.core.platform.PlatformContext;
import dev.usher.core.platform.SectionRead;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the Slack platform when {@code SLACK_BOT_TOKEN} is set: with {@code SLACK_APP_TOKEN} in
 * Socket Mode (the default), or with {@code SLACK_SIGNING_SECRET} when {@code slack.mode} is {@code
 * http}. The {@code slack.*_variable} settings name other variables; messages name the variable,
 * never its value.
 */
public final class SlackPlatformProvider implements ChatPlatformProvider {
  private static final Logger LOG = LoggerFactory.getLogger(SlackPlatformProvider.class);

  @Override
  public String name() {
    return SlackPlatform.NAME;
  }

  @Override
  public SectionRead<SlackSettings> readSettings(Map<String, Object> section) {
    return SlackSettings.read(section);
  }

  @Override
  public Optional<ChatPlatform> create(PlatformContext context) {
    SlackSettings settings = SlackSettings.from(context.settings());
    SlackSettings.SecretVariables variables = settings.secrets();
    Optional<String> botToken = context.secret(variables.botToken());
    if (botToken.isEmpty()) {
      LOG.info("Slack is off: {} is not set", variables.botToken());
      return Optional.empty();
    }
    SlackCredentials credentials =
        new SlackCredentials(
            botToken.get(),
            context.secret(variables.appToken()),
            context.secret(variables.signingSecret()));
    switch (settings.mode()) {
      case SOCKET -> {
        if (credentials.appToken().isEmpty()) {
          throw new IllegalArgumentException(
              variables.appToken()
                  + " is not set: Socket Mode (slack.mode: socket, the default) needs an"
                  + " app-level token with connections:write; or set slack.mode: http and "
                  + variables.signingSecret());
        }
      }
      case HTTP -> {
        if (credentials.signingSecret().isEmpty()) {
          throw new IllegalArgumentException(
              variables.signingSecret()
                  + " is not set: slack.mode: http needs the app's signing secret");
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
