package dev.usher.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a file and its folder read-only until closed. Permissions do not stop root, who runs CI
 * here, so as root the file is also made immutable with {@code chattr +i} (ext4, xfs, btrfs).
 */
final class ReadOnlyFiles implements AutoCloseable {
  private final List<Path> protectedPaths = new ArrayList<>();
  private final boolean immutable;

  private ReadOnlyFiles(boolean immutable) {
    this.immutable = immutable;
  }

  static ReadOnlyFiles protect(Path file) throws IOException, InterruptedException {
    boolean root = "root".equals(System.getProperty("user.name"));
    ReadOnlyFiles files = new ReadOnlyFiles(root);
    for (Path path : List.of(file, file.getParent())) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("r-xr-xr-x"));
      if (root) {
        chattr("+i", path);
      }
      files.protectedPaths.add(path);
    }
    return files;
  }

  private static void chattr(String flag, Path path) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("chattr", flag, path.toString()).inheritIO().start();
    if (process.waitFor() != 0) {
      throw new IOException("chattr " + flag + " " + path + " failed");
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    for (Path path : protectedPaths) {
      if (immutable) {
        chattr("-i", path);
      }
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
