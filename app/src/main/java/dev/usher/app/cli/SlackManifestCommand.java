package dev.usher.app.cli;

import dev.usher.app.config.SettingsLoader;
import dev.usher.app.config.UsherSettings;
import dev.usher.core.platform.ChatPlatformProvider;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code usher slack-manifest}: prints the Slack app manifest for the folder's {@code usher.yaml}
 * (its command names; Socket Mode, or HTTP mode with {@code --http}), to paste into Slack. Reads
 * only {@code usher.yaml}: no index is built, no token is needed.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "slack-manifest",
    description = "Print the Slack app manifest for usher.yaml (paste it at api.slack.com/apps).")
public final class SlackManifestCommand implements Callable<Integer> {
  private static final String SLACK = "slack";

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The conference folder (default: the bundled sample, examples/iclr-2026).")
  Optional<Path> data = Optional.empty();

  @Option(
      names = "--http",
      paramLabel = "URL",
      description =
          "HTTP mode: the public https base URL Slack sends requests to,"
              + " e.g. https://usher.example.org (Usher listens on /slack/events).")
  Optional<String> http = Optional.empty();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    UsherSettings settings =
        SettingsLoader.load(data.orElseGet(ConferenceOptions::sampleConference));
    var slack = settings.section(SLACK);
    boolean httpMode =
        String.valueOf(slack.getOrDefault("mode", "socket")).strip().equalsIgnoreCase("http");
    if (httpMode && http.isEmpty()) {
      throw new IllegalArgumentException(
          "usher.yaml sets slack.mode: http: give the public URL, e.g. --http https://usher.example.org");
    }
    Optional<URI> publicUrl = http.map(SlackManifestCommand::uri);
    String manifest =
        slackProvider()
            .appManifest(slack, publicUrl)
            .orElseThrow(() -> new IllegalStateException("the Slack adapter gives no manifest"));
    PrintWriter out = spec.commandLine().getOut();
    out.print(manifest);
    out.flush();
    if (publicUrl.isPresent() && !httpMode) {
      spec.commandLine()
          .getErr()
          .println(
              "usher: this manifest is for HTTP mode; set slack.mode: http in usher.yaml to serve it");
    }
    return 0;
  }

  private static ChatPlatformProvider slackProvider() {
    return ServiceLoader.load(ChatPlatformProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.name().equals(SLACK))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the Slack adapter is not on the class path"));
  }

  private static URI uri(String url) {
    try {
      return new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "--http '" + url + "' is not a URL such as https://usher.example.org");
    }
  }
}
