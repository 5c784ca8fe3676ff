package dev.usher.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Where a conference folder's index and reminder ledger are kept: {@code .usher/} inside the folder
 * when the folder is the organizer's to write, else a folder of the user's cache named by a hash of
 * the conference folder's path, so a read-only or shared folder is never written into.
 */
public final class StateDirectory {
  private StateDirectory() {}

  /** Where {@code folder} keeps its state, as {@link SettingsLoader#load(Path)} decides it. */
  public static Path of(Path folder) {
    return of(folder, Files.exists(folder.resolve(SettingsLoader.FILE_NAME)), userCache());
  }

  /** {@code .usher/} in a writable {@code folder} that has {@code usher.yaml}, else the cache's. */
  public static Path of(Path folder, boolean hasSettingsFile, Path cacheRoot) {
    return hasSettingsFile && writable(folder)
        ? folder.resolve(".usher")
        : inCache(folder, cacheRoot);
  }

  /**
   * The system property {@code usher.cache} (a folder), else {@code $XDG_CACHE_HOME/usher}, else
   * {@code ~/.cache/usher}.
   */
  public static Path userCache() {
    Optional<String> chosen =
        Optional.ofNullable(System.getProperty("usher.cache")).filter(v -> !v.isBlank());
    if (chosen.isPresent()) {
      return Path.of(chosen.get());
    }
    String cache =
        Optional.ofNullable(System.getenv("XDG_CACHE_HOME"))
            .filter(v -> !v.isBlank())
            .orElse(System.getProperty("user.home") + "/.cache");
    return Path.of(cache, "usher");
  }

  /**
   * Whether the folder may be written. The permission bits decide too: the superuser may write
   * everywhere, and a folder its owner made read-only ({@code chmod a-w}) is meant to stay as it
   * is.
   */
  static boolean writable(Path folder) {
    if (!Files.isWritable(folder)) {
      return false;
    }
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder);
      return permissions.contains(PosixFilePermission.OWNER_WRITE)
          || permissions.contains(PosixFilePermission.GROUP_WRITE)
          || permissions.contains(PosixFilePermission.OTHERS_WRITE);
    } catch (UnsupportedOperationException | IOException e) {
      return true; // no POSIX bits (Windows): isWritable has answered
    }
  }

  /**
   * The folder of {@code cacheRoot} that keeps {@code folder}'s state: one per conference folder's
   * path.
   */
  static Path inCache(Path folder, Path cacheRoot) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  folder.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
      return cacheRoot.resolve(HexFormat.of().formatHex(digest, 0, 8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
