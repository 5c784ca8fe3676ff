package dev.usher.app.replica;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.app.Main;
import dev.usher.ledger.postgres.ThrowAwayPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a replica's start fails, in a process of its own (the state URL is in its environment). */
class ReplicaStartupTest {
  @TempDir Path folder;

  @Test
  void aLeaderWhosePlatformCannotStartSaysWhichInOneLineAndGivesTheLeaseUp() throws Exception {
    ThrowAwayPostgres postgres = ThrowAwayPostgres.get();
    String url = postgres.newDatabase();
    // Nothing listens on port 1 of the loopback address: Slack cannot be reached.
    Files.writeString(
        folder.resolve("usher.yaml"),
        """
        name: Replica Conf
        timezone: Europe/Brussels
        semantic: false
        state: ${USHER_STATE_URL}
        slack:
          api_url: http://127.0.0.1:1/api/
        """);
    String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder serve =
        new ProcessBuilder(
                javaCommand,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--data",
                folder.toString())
            .redirectErrorStream(true);
    serve.environment().keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("DISCORD_"));
    serve.environment().put("SLACK_BOT_TOKEN", "xoxb-test");
    serve.environment().put("SLACK_APP_TOKEN", "xapp-test");
    serve.environment().put("USHER_STATE_URL", url);

    Process process = serve.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(output).isEqualTo(4);
    assertThat(output)
        .contains("replica: standby (state PostgreSQL jdbc:postgresql://127.0.0.1:")
        .containsPattern("(?m)^slack: could not start: .+$")
        .doesNotContain("replica: leading")
        .doesNotContain("\tat ");
    // Given up, not left to run out: a standby could lead at once.
    try (var connection =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:"
                    + postgres.port()
                    + url.substring(url.lastIndexOf('/')),
                "usher",
                "");
        ResultSet lease =
            connection
                .createStatement()
                .executeQuery("SELECT expires_at <= now() FROM usher_lease")) {
      assertThat(lease.next()).isTrue();
      assertThat(lease.getBoolean(1)).as("the lease has ended").isTrue();
    }
  }
}
