package dev.usher.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usher.app.check.CheckReport;
import dev.usher.app.check.ConferenceCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code state:} and {@code replicas:} in usher.yaml: the URL from the environment, never shown.
 */
class ReplicaSettingsTest {
  private static final String URL = "postgres://usher:s3cret-pw@db.example.org:6543/conf";

  @TempDir Path folder;

  private UsherSettings settings(String extra) throws Exception {
    Files.writeString(
        folder.resolve("usher.yaml"), "name: Demo\ntimezone: Europe/Brussels\n" + extra);
    return SettingsLoader.load(folder);
  }

  @Test
  void withoutStateServeIsAloneOnItsFolder() throws Exception {
    assertThat(ReplicaSettings.read(settings(""), Map.of("USHER_STATE_URL", URL))).isEmpty();
  }

  @Test
  void theUrlComesFromTheVariableTheSettingNamesAndTakeoverDefaultsTo15Seconds() throws Exception {
    ReplicaSettings replica =
        ReplicaSettings.read(
                settings("state: ${USHER_STATE_URL}\n"), Map.of("USHER_STATE_URL", URL))
            .orElseThrow();

    assertThat(replica.location().jdbcUrl())
        .isEqualTo("jdbc:postgresql://db.example.org:6543/conf");
    assertThat(replica.takeover()).isEqualTo(Duration.ofSeconds(15));
    assertThat(replica.leaseLength()).isLessThan(replica.takeover());
    assertThat(replica.stopPostingAfter()).isLessThan(replica.leaseLength());
    assertThat(replica.describe())
        .isEqualTo(
            "PostgreSQL jdbc:postgresql://db.example.org:6543/conf as usher (from USHER_STATE_URL)")
        .doesNotContain("s3cret");
  }

  @Test
  void takeoverIsReadInSecondsMinutesOrIso() throws Exception {
    UsherSettings settings = settings("state: ${DB}\nreplicas:\n  takeover: 30s\n");

    assertThat(ReplicaSettings.read(settings, Map.of("DB", URL)).orElseThrow().takeover())
        .isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aMissingVariableIsNamedInOneLine() throws Exception {
    UsherSettings settings = settings("state: ${USHER_STATE_URL}\n");

    assertThatThrownBy(() -> ReplicaSettings.read(settings, Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "state: the environment variable USHER_STATE_URL is not set (it holds the"
                + " postgres:// URL of the shared state)");
  }

  @Test
  void aPasswordWrittenInUsherYamlIsRefusedWithoutRepeatingIt() throws Exception {
    UsherSettings settings = settings("state: " + URL + "\n");

    assertThatThrownBy(() -> ReplicaSettings.read(settings, Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("holds a password; put the URL in the environment")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void aWrongUrlInTheVariableIsExplainedWithoutRepeatingIt() throws Exception {
    UsherSettings settings = settings("state: ${DB}\n");

    assertThatThrownBy(() -> ReplicaSettings.read(settings, Map.of("DB", "mysql://u:s3cret@h/d")))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "state (DB): the PostgreSQL state URL cannot be used (it does not start with"
                + " postgres://); expected postgres://user:password@host:port/database");
  }

  @Test
  void replicasWithoutStateAndTakeoverBelowASecondAreRefused() throws Exception {
    assertThatThrownBy(
            () -> ReplicaSettings.read(settings("replicas: {takeover: 20s}\n"), Map.of()))
        .hasMessageContaining("replicas: takes effect only with state:");
    UsherSettings tooShort = settings("state: ${DB}\nreplicas: {takeover: PT0.5S}\n");
    assertThatThrownBy(() -> ReplicaSettings.read(tooShort, Map.of("DB", URL)))
        .hasMessageContaining("replicas.takeover must be at least 1s");
  }

  @Test
  void checkReportsTheSharedStateByHostAndDatabaseNeverThePassword() throws Exception {
    settings("state: ${USHER_STATE_URL}\nreplicas: {takeover: 20s}\n");

    CheckReport report = ConferenceCheck.run(folder, Map.of("USHER_STATE_URL", URL));

    assertThat(report.found())
        .contains(
            "state: PostgreSQL jdbc:postgresql://db.example.org:6543/conf"
                + " as usher (from USHER_STATE_URL), shared by replicas; takeover 20.0 s");
    assertThat(String.join("\n", report.found()) + String.join("\n", report.problems()))
        .doesNotContain("s3cret");
    assertThat(report.problems()).noneMatch(p -> p.contains("state") || p.contains("replicas"));
  }

  @Test
  void checkReportsAnUnsetStateVariableAsAProblem() throws Exception {
    settings("state: ${USHER_STATE_URL}\n");

    CheckReport report = ConferenceCheck.run(folder, Map.of());

    assertThat(report.problems())
        .contains(
            "usher.yaml: state: the environment variable USHER_STATE_URL is not set (it holds"
                + " the postgres:// URL of the shared state)");
  }

  @Test
  void checkNamesTheLocalStateFolderWithoutState() throws Exception {
    settings("");

    CheckReport report = ConferenceCheck.run(folder, Map.of());

    assertThat(report.found())
        .anyMatch(l -> l.startsWith("state: ") && l.endsWith("(this machine only)"));
  }
}
