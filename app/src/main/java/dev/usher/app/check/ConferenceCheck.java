package dev.usher.app.check;

import dev.usher.app.ConferenceRuntime;
import dev.usher.app.config.ReplicaSettings;
import dev.usher.app.config.SettingsException;
import dev.usher.app.config.SettingsLoader;
import dev.usher.app.config.UsherSettings;
import dev.usher.core.knowledge.IngestReport.Problem;
import dev.usher.core.platform.ChatPlatformProvider;
import dev.usher.knowledge.ingest.ConferenceMaterial;
import dev.usher.knowledge.ingest.ConferenceReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Reads a conference folder's {@code usher.yaml}, every file and the reminder settings, as serving
 * would, without building an index or connecting anywhere, and says what it found and what is
 * wrong.
 */
public final class ConferenceCheck {
  private ConferenceCheck() {}

  public static CheckReport run(Path folder, Map<String, String> environment) {
    List<String> found = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    UsherSettings settings;
    try {
      settings = SettingsLoader.load(folder);
    } catch (SettingsException e) {
      problems.add(e.getMessage());
      problems.addAll(UnknownKeys.lines(folder));
      return new CheckReport(found, problems);
    }
    boolean hasFile = Files.isRegularFile(folder.resolve(SettingsLoader.FILE_NAME));
    found.add(
        hasFile
            ? "settings: " + SettingsLoader.FILE_NAME
            : "settings: no usher.yaml, every file in the folder is read");
    problems.addAll(SettingsCheck.problems(settings));
    ConferenceMaterial material =
        new ConferenceReader(settings.knowledge(settings.zone().orElse(ZoneOffset.UTC)), file -> {})
            .read();
    Optional<ZoneId> zone = settings.zone().or(material::declaredZone);
    found.add("zone: " + zone.map(ZoneId::getId).orElse("none given (UTC)"));
    zoneProblem(settings, material.declaredZone()).ifPresent(problems::add);
    found.add(
        String.format(
            "files: %d read, %d documents (%d passages), %d sessions",
            material.files().size(),
            material.documents().size(),
            material.passageCount(),
            material.sessions().size()));
    if (material.files().isEmpty()) {
      problems.add(
          "the folder holds nothing Usher reads: documents (.txt, .md, .html, .pdf) or a schedule"
              + " (.ics, .json, .xml, .yaml, .yml, .csv)");
    }
    found.addAll(FetchCheck.found(settings));
    material.problems().forEach(p -> problems.add(p.path() + ": " + p.reason()));
    state(settings, environment, found, problems);
    problems.addAll(FetchCheck.problems(settings));
    secrets(settings, environment, found);
    return new CheckReport(found, problems);
  }

  /**
   * Whether each platform's secrets are in the environment, by the variables its settings name;
   * never their values. A platform whose section is wrong is left out: that is a problem already.
   */
  private static void secrets(
      UsherSettings settings, Map<String, String> environment, List<String> found) {
    for (ChatPlatformProvider platform : ServiceLoader.load(ChatPlatformProvider.class)) {
      List<String> variables;
      try {
        variables =
            platform.readSettings(settings.section(platform.name())).settings().secretVariables();
      } catch (IllegalArgumentException e) {
        continue;
      }
      for (String variable : variables) {
        boolean set =
            Optional.ofNullable(environment.get(variable)).filter(v -> !v.isBlank()).isPresent();
        found.add(variable + ": " + (set ? "set" : "not set"));
      }
    }
  }

  /**
   * How many problems {@code ./usher check} would report for an opened conference: what its {@code
   * usher.yaml} lets pass, what reading its files reported, and a zone given nowhere.
   */
  public static int problemCount(ConferenceRuntime runtime) {
    UsherSettings settings = runtime.settings();
    List<Problem> reading = runtime.knowledge().lastReport().problems();
    int zone =
        zoneProblem(settings, runtime.knowledge().summary().declaredZone()).isPresent() ? 1 : 0;
    int empty = runtime.knowledge().lastReport().files().isEmpty() ? 1 : 0;
    return SettingsCheck.problems(settings).size()
        + reading.size()
        + zone
        + empty
        + FetchCheck.problems(settings).size();
  }

  /** Where serve keeps its state; a PostgreSQL one by host and database, never its password. */
  private static void state(
      UsherSettings settings,
      Map<String, String> environment,
      List<String> found,
      List<String> problems) {
    try {
      Optional<ReplicaSettings> replica = ReplicaSettings.read(settings, environment);
      found.add(
          replica
              .map(
                  r ->
                      "state: "
                          + r.describe()
                          + ", shared by replicas; takeover "
                          + r.takeover().toMillis() / 1000.0
                          + " s")
              .orElse("state: " + settings.stateDirectory() + " (this machine only)"));
    } catch (SettingsException e) {
      found.add("state: " + settings.state().orElse("") + " (cannot be used)");
      problems.add(SettingsLoader.FILE_NAME + ": " + e.getMessage());
    }
  }

  private static Optional<String> zoneProblem(
      UsherSettings settings, Optional<ZoneId> declaredZone) {
    if (settings.zone().isPresent() || declaredZone.isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        "no time zone is given (usher.yaml 'timezone:' or the schedule file): times without an"
            + " offset are read as UTC");
  }
}
