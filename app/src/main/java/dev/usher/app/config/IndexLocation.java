package dev.usher.app.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code index:} in {@code usher.yaml} puts the index. Building an index deletes and rewrites
 * its folder, so a configuration may only place it inside the conference folder or inside the
 * folder's state directory (which, for a folder that cannot be written, is in the user's cache).
 */
final class IndexLocation {
  private IndexLocation() {}

  /**
   * The index folder {@code named} gives, relative to {@code folder}. When the state is kept in the
   * cache (the folder is not to be written), a path inside the folder is kept at the same place
   * under the state directory instead.
   *
   * @throws SettingsException when the path leads outside both, through {@code ..}, an absolute
   *     path or a symbolic link, or names the conference folder itself
   */
  static Path resolve(Path folder, Path state, String named, Path file) {
    Path conference = folder.toAbsolutePath().normalize();
    Path stateRoot = state.toAbsolutePath().normalize();
    Path index = conference.resolve(named).normalize();
    boolean stateInCache = !stateRoot.startsWith(conference);
    if (stateInCache && within(index, stateRoot)) {
      return index;
    }
    if (!within(index, conference)) {
      throw refused(file, named, "leads outside the conference folder");
    }
    if (!realPathWithin(index, conference)) {
      throw refused(file, named, "leads outside the conference folder through a symbolic link");
    }
    return stateInCache ? stateRoot.resolve(conference.relativize(index)) : index;
  }

  /** Strictly below {@code root}: the root itself would have its documents deleted by a rebuild. */
  private static boolean within(Path path, Path root) {
    return path.startsWith(root) && !path.equals(root);
  }

  /** The part of {@code path} that exists already, links resolved, stays inside {@code root}. */
  private static boolean realPathWithin(Path path, Path root) {
    Path existing = path;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return false;
    }
    try {
      return existing.toRealPath().startsWith(root.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  private static SettingsException refused(Path file, String named, String why) {
    return new SettingsException(
        file
            + ": index '"
            + named
            + "' "
            + why
            + "; give a folder inside it, such as .usher/index, or leave index out");
  }
}
