package dev.usher.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usher.app.check.CheckReport;
import dev.usher.app.check.ConferenceCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code index:} may place the index inside the conference folder or its state folder, nowhere
 * else.
 */
class IndexLocationTest {
  @TempDir Path temporary;

  private Path conference(String index) throws Exception {
    Path folder = Files.createDirectories(temporary.resolve("conference"));
    Files.writeString(
        folder.resolve("usher.yaml"),
        "name: Demo\ntimezone: Europe/Berlin\nindex: " + index + "\n");
    return folder;
  }

  private Path cache() {
    return temporary.resolve("cache");
  }

  @Test
  void anIndexInsideTheFolderIsKeptWhereUsherYamlSays() throws Exception {
    Path folder = conference("build/search-index");

    UsherSettings settings = SettingsLoader.load(folder, cache());

    assertThat(settings.indexDirectory())
        .isEqualTo(folder.toAbsolutePath().resolve("build/search-index"));
  }

  @Test
  void anIndexThroughDotDotIsRefusedWithOneLineNamingTheKey() throws Exception {
    Path folder = conference("../elsewhere/index");

    assertThatThrownBy(() -> SettingsLoader.load(folder, cache()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("index '../elsewhere/index' leads outside the conference folder")
        .hasMessageNotContaining("\n");
    assertThat(temporary.resolve("elsewhere")).doesNotExist();
  }

  @Test
  void anAbsoluteIndexOutsideTheFolderIsRefused() throws Exception {
    Path outside = temporary.resolve("outside/index").toAbsolutePath();
    Path folder = conference(outside.toString());

    assertThatThrownBy(() -> SettingsLoader.load(folder, cache()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("leads outside the conference folder");
  }

  @Test
  void theConferenceFolderItselfIsRefusedSinceARebuildWouldDeleteItsFiles() throws Exception {
    Path folder = conference(".");

    assertThatThrownBy(() -> SettingsLoader.load(folder, cache()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("index '.' leads outside the conference folder");
  }

  @Test
  void anIndexThroughASymbolicLinkLeadingOutsideIsRefused() throws Exception {
    Path folder = conference("linked/index");
    Path outside = Files.createDirectories(temporary.resolve("outside"));
    Files.createSymbolicLink(folder.resolve("linked"), outside);

    assertThatThrownBy(() -> SettingsLoader.load(folder, cache()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("through a symbolic link");
  }

  @Test
  void aReadOnlyFolderKeepsTheNamedIndexUnderItsStateFolderInTheCache() throws Exception {
    Path folder = conference(".usher/index");
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      UsherSettings settings = SettingsLoader.load(folder, cache());

      assertThat(settings.indexDirectory())
          .isEqualTo(settings.stateDirectory().toAbsolutePath().resolve(".usher/index"))
          .startsWithRaw(cache().toAbsolutePath());
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void checkReportsAnIndexOutsideTheFolderAsAProblem() throws Exception {
    Path folder = conference("/tmp/usher-index-elsewhere");

    CheckReport report = ConferenceCheck.run(folder, Map.of());

    assertThat(report.problems())
        .anySatisfy(
            problem ->
                assertThat(problem)
                    .contains(
                        "index '/tmp/usher-index-elsewhere' leads outside the conference folder"));
  }
}
