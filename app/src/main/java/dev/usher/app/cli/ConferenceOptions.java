package dev.usher.app.cli;

import dev.usher.app.ConferenceRuntime;
import dev.usher.app.check.CheckReport;
import dev.usher.app.check.ConferenceCheck;
import dev.usher.app.config.SettingsLoader;
import dev.usher.app.config.UsherSettings;
import dev.usher.core.knowledge.IngestReport.FileReport;
import dev.usher.knowledge.semantic.EmbeddingProgress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** The options every command that opens a conference shares: which folder, and when "now" is. */
public final class ConferenceOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The conference folder (default: the bundled sample, examples/iclr-2026).")
  Optional<Path> data = Optional.empty();

  @Option(
      names = "--now",
      paramLabel = "ISO-LOCAL-TIME",
      description =
          "Pretend it is this local time in the conference's zone, e.g. 2026-04-25T10:05.")
  Optional<String> now = Optional.empty();

  /** The folder to open: --data, else the sample conference beside the launcher. */
  public Path folder() {
    return data.orElseGet(ConferenceOptions::sampleConference);
  }

  public static Path sampleConference() {
    String home = System.getProperty("usher.home", ".");
    return Path.of(home, "examples", "iclr-2026");
  }

  public ConferenceRuntime open(Consumer<FileReport> progress) {
    return ConferenceRuntime.open(folder(), progress);
  }

  public ConferenceRuntime open(Consumer<FileReport> progress, EmbeddingProgress embedding) {
    return ConferenceRuntime.open(folder(), progress, embedding);
  }

  public ConferenceRuntime open() {
    return open(file -> {});
  }

  /** The folder's settings, read from its {@code usher.yaml}. */
  public UsherSettings settings() {
    return SettingsLoader.load(folder());
  }

  /** The conference of {@code settings}, read as {@link #open()} reads it. */
  public ConferenceRuntime open(UsherSettings settings) {
    return ConferenceRuntime.open(settings, file -> {}, EmbeddingProgress.SILENT);
  }

  /** The check command for this folder, as the user would type it. */
  public String checkCommand() {
    return "./usher check" + data.map(d -> " --data " + d).orElse("");
  }

  /**
   * One line on standard error when {@code ./usher check} would report problems; nothing otherwise.
   */
  public void reportProblems(ConferenceRuntime runtime, PrintWriter err) {
    int problems = ConferenceCheck.problemCount(runtime);
    if (problems > 0) {
      err.println("usher: " + CheckReport.summary(problems, checkCommand()));
      err.flush();
    }
  }

  /** The clock "now" is read from: fixed at --now in the conference's zone, else the system's. */
  public Clock clock(ZoneId zone) {
    return now.map(text -> fixed(text, zone)).orElse(Clock.system(zone));
  }

  static Clock fixed(String localTime, ZoneId zone) {
    try {
      return Clock.fixed(LocalDateTime.parse(localTime).atZone(zone).toInstant(), zone);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "--now '" + localTime + "' is not a local date-time such as 2026-04-25T10:05");
    }
  }
}
