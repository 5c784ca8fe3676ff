package dev.usher.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDirectoryTest {
  @TempDir Path temporary;

  private Path conference() throws Exception {
    Path folder = Files.createDirectories(temporary.resolve("conference"));
    Files.writeString(folder.resolve("usher.yaml"), "name: Demo\ntimezone: Europe/Berlin\n");
    return folder;
  }

  @Test
  void aWritableFolderWithUsherYamlKeepsItsStateInside() throws Exception {
    Path folder = conference();

    UsherSettings settings = SettingsLoader.load(folder, temporary.resolve("cache"));

    assertThat(settings.stateDirectory()).isEqualTo(folder.resolve(".usher"));
    assertThat(settings.indexDirectory()).isEqualTo(folder.resolve(".usher/index"));
  }

  @Test
  void aReadOnlyFolderKeepsItsIndexAndLedgerInTheCacheEvenForTheSuperuser() throws Exception {
    // given a conference folder made read-only (root may still write it; the bits say not to)
    Path folder = conference();
    Path cache = temporary.resolve("cache");
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // when
      UsherSettings settings = SettingsLoader.load(folder, cache);

      // then index and state are under the cache, one folder per conference folder
      assertThat(settings.stateDirectory()).startsWithRaw(cache).isNotEqualTo(cache);
      assertThat(settings.indexDirectory()).isEqualTo(settings.stateDirectory().resolve("index"));
      assertThat(SettingsLoader.load(folder, cache).stateDirectory())
          .isEqualTo(settings.stateDirectory());
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aFolderWithoutUsherYamlKeepsItsStateInTheCache() throws Exception {
    Path folder = Files.createDirectories(temporary.resolve("bare"));

    UsherSettings settings = SettingsLoader.load(folder, temporary.resolve("cache"));

    assertThat(settings.stateDirectory()).startsWithRaw(temporary.resolve("cache"));
  }
}
