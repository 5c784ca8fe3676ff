package dev.usher.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code usher serve} when Discord cannot be used, as an organizer meets it: exit 4 and one line
 * that says what to fix, with neither the token nor a stack trace. Discord's REST API is a stand-in
 * on the loopback address (named by {@code discord.api_url}) that answers as Discord does.
 */
class PlatformStartFailureTest {
  private static final String TOKEN =
      "MTIzNDU2Nzg5MDEyMzQ1Njc4.GgHhIi.not-a-real-token-but-shaped-like-one";

  @TempDir Path folder;
  private HttpServer discord;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  @BeforeEach
  void discordThatRefusesEveryToken() throws Exception {
    discord = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    discord.createContext(
        "/",
        exchange -> {
          requests.add(
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestURI().getPath()
                  + (TOKEN.equals(
                          exchange
                              .getRequestHeaders()
                              .getFirst("Authorization")
                              .replaceFirst("^Bot ", ""))
                      ? " with the token"
                      : ""));
          // Discord's answer to a wrong bot token, on every route (docs: "401: Unauthorized", code
          // 0).
          byte[] body =
              "{\"message\": \"401: Unauthorized\", \"code\": 0}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(401, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    discord.start();
    Files.writeString(
        folder.resolve("schedule.yaml"),
        """
        - id: k1
          title: Opening keynote
          start: 2026-04-25 09:00
          end: 2026-04-25 10:00
        """);
  }

  @AfterEach
  void stop() {
    discord.stop(0);
  }

  @Test
  void aRefusedDiscordTokenEndsServeWithExit4AndOneLineNamingTheVariable() throws Exception {
    int port = discord.getAddress().getPort();
    conference(
        "api_url: http://127.0.0.1:" + port + "/api/v10/",
        "gateway_url: ws://127.0.0.1:" + port + "/");

    Run run = serveWithDiscordToken();

    assertThat(run.exitCode()).as(run.output()).isEqualTo(4);
    assertThat(run.output().lines().filter(l -> l.startsWith("discord: ")))
        .singleElement()
        .asString()
        .isEqualTo(
            "discord: could not start: Discord refused the bot token (401 Unauthorized): check"
                + " DISCORD_TOKEN, or reset it in the Developer Portal under Bot");
    assertThat(requests)
        .as("the token was checked where usher.yaml said")
        .contains("GET /api/v10/users/@me with the token");
    assertThat(run.output())
        .doesNotContain(TOKEN)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void aDiscordHostThatDoesNotResolveEndsServeWithExit4AndOneLineSayingSo() throws Exception {
    // .invalid never resolves (RFC 6761), with or without a network.
    conference(
        "api_url: https://discord.invalid/api/v10/", "gateway_url: wss://gateway.discord.invalid/");

    Run run = serveWithDiscordToken();

    assertThat(run.exitCode()).as(run.output()).isEqualTo(4);
    assertThat(run.output().lines().filter(l -> l.startsWith("discord: ")))
        .singleElement()
        .asString()
        .startsWith("discord: could not start: cannot reach discord.invalid")
        .endsWith("the host name does not resolve (no network or DNS?)");
    assertThat(run.output())
        .doesNotContain(TOKEN)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void aPlainHttpDiscordEndpointOffThisMachineIsABadSettingRefusedBeforeTheTokenIsSent()
      throws Exception {
    conference(
        "api_url: http://discord.example.org/api/v10/", "gateway_url: wss://gateway.discord.gg/");

    Run run = serveWithDiscordToken();

    assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
    // The reason in one line; before it, the count of problems ./usher check would list.
    assertThat(run.output().lines().filter(l -> l.startsWith("usher: ")))
        .containsExactly(
            "usher: 1 problem: run ./usher check --data " + folder,
            "usher: discord.api_url must be https (plain http only to a loopback address, for"
                + " tests), since the token goes with every call: http://discord.example.org/api/v10/");
    assertThat(run.output()).doesNotContain(TOKEN).doesNotContain("\tat ");
  }

  private void conference(String apiUrl, String gatewayUrl) throws Exception {
    Files.writeString(
        folder.resolve("usher.yaml"),
        """
        name: Refusal Conf
        timezone: Europe/Brussels
        schedule: [schedule.yaml]
        discord:
          %s
          %s
        """
            .formatted(apiUrl, gatewayUrl));
  }

  private record Run(int exitCode, String output) {}

  private Run serveWithDiscordToken() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder serve =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--data",
                folder.toString())
            .redirectErrorStream(true);
    serve
        .environment()
        .keySet()
        .removeIf(
            k -> k.startsWith("SLACK_") || k.startsWith("DISCORD_") || k.equals("USHER_STATE_URL"));
    serve.environment().put("DISCORD_TOKEN", TOKEN);
    Process process = serve.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), output);
  }
}
