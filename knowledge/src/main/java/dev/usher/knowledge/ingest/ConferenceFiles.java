package dev.usher.knowledge.ingest;

import dev.usher.core.knowledge.IngestReport.Problem;
import dev.usher.knowledge.document.DocumentReader;
import dev.usher.knowledge.io.ReadFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Finds the files a configuration names, refusing any that lies outside the conference folder
 * (through {@code ..} or a symbolic link): a configuration or a symlink must not expose other files
 * of the machine to attendees.
 */
final class ConferenceFiles {
  private static final String NOT_REGULAR =
      "skipped: not a regular file (a pipe, socket or device), it is never read";

  /** The files at the top of a conference folder that configure it rather than inform attendees. */
  private static final Set<String> CONFIGURATION_FILES = Set.of("usher.yaml", "answers.yaml");

  private final Path folder;
  private final Path realFolder;

  /** The folder's path as text, ending in the separator. */
  private final String folderPrefix;

  private final Set<Path> schedules;
  private final List<Problem> problems = new ArrayList<>();

  /**
   * @param schedules the schedule files, relative to the folder: read as schedules, not documents
   */
  ConferenceFiles(Path folder, List<String> schedules) {
    try {
      this.folder = folder.toAbsolutePath().normalize();
      this.schedules =
          schedules.stream()
              .map(s -> this.folder.resolve(s).normalize())
              .collect(Collectors.toSet());
      this.realFolder = folder.toRealPath();
      String text = this.folder.toString();
      String separator = this.folder.getFileSystem().getSeparator();
      this.folderPrefix = text.endsWith(separator) ? text : text + separator;
    } catch (IOException e) {
      throw new UncheckedIOException("conference folder " + folder + " cannot be read", e);
    }
  }

  List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** The documents an entry names: the file itself, or the document files in the folder, sorted. */
  List<ConferenceFile> documents(DocumentEntry entry) {
    Path path = folder.resolve(entry.path()).normalize();
    if (!inside(path, entry.path())) {
      return List.of();
    }
    if (!Files.isDirectory(path)) {
      return regular(path, entry.path())
          ? List.of(new ConferenceFile(path, display(path), entry))
          : List.of();
    }
    try (Stream<Path> walk = Files.walk(path)) {
      List<Listed> files =
          walk.filter(p -> !p.equals(path))
              .filter(p -> !hidden(path, p))
              .map(Listed::of)
              .filter(listed -> !listed.directory())
              .filter(listed -> !linkedFolder(listed))
              .sorted(Comparator.comparing(Listed::path))
              .toList();
      List<ConferenceFile> documents = new ArrayList<>();
      int depth = depth(path);
      for (Listed listed : files) {
        Path file = listed.path();
        if (schedules.contains(file.toAbsolutePath().normalize()) || configuration(file)) {
          continue;
        }
        String display = display(file);
        if (!listed.regular()) {
          problems.add(new Problem(display, NOT_REGULAR));
        } else if (!DocumentReader.isDocument(file.getFileName().toString())) {
          problems.add(new Problem(display, "skipped: not a document type Usher reads"));
        } else if (listed.plainFile() || inside(file, display)) {
          DocumentEntry fileEntry =
              new DocumentEntry(display, java.util.Optional.empty(), entry.url());
          documents.add(new ConferenceFile(file, display, fileEntry, depth));
        }
      }
      return documents;
    } catch (IOException e) {
      problems.add(new Problem(entry.path(), "cannot list the folder: " + ReadFailure.describe(e)));
      return List.of();
    }
  }

  /**
   * A path the walk of a listed folder found, with what the file system says of it itself (not of
   * what a link leads to), read once: null when it cannot say (the file went away).
   */
  private record Listed(Path path, @Nullable BasicFileAttributes own) {
    static Listed of(Path path) {
      try {
        return new Listed(
            path, Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
      } catch (IOException e) {
        return new Listed(path, null);
      }
    }

    boolean directory() {
      return own != null && own.isDirectory();
    }

    boolean symbolicLink() {
      return own != null && own.isSymbolicLink();
    }

    /**
     * A regular file that is no link: the walk follows no link, and the listed folder was found
     * inside the conference folder, so it is inside too, without resolving its real path.
     */
    boolean plainFile() {
      return own != null && own.isRegularFile();
    }

    /** A regular file, or a link to one. */
    boolean regular() {
      return plainFile() || Files.isRegularFile(path);
    }
  }

  /**
   * True for the conference's own settings at the top of the folder ({@code usher.yaml}, the
   * organizers' {@code answers.yaml}): read as settings, never listed as a document to skip.
   */
  private boolean configuration(Path file) {
    return folder.equals(file.toAbsolutePath().normalize().getParent())
        && CONFIGURATION_FILES.contains(file.getFileName().toString());
  }

  /** The schedule file a configuration names, if it is inside the folder. */
  List<ConferenceFile> schedule(String relative) {
    Path path = folder.resolve(relative).normalize();
    if (!inside(path, relative)) {
      return List.of();
    }
    return regular(path, relative)
        ? List.of(new ConferenceFile(path, display(path), DocumentEntry.of(relative)))
        : List.of();
  }

  /**
   * True for a regular file; anything else is reported. Reading a FIFO blocks until a writer comes,
   * which would hang indexing, start-up and reload for good.
   */
  private boolean regular(Path path, String named) {
    if (Files.isRegularFile(path)) {
      return true;
    }
    problems.add(new Problem(named, NOT_REGULAR));
    return false;
  }

  /**
   * True for a symbolic link to a folder, which is reported: the walk does not follow links (a link
   * could lead in a circle), so its files are read only where they really lie, if inside.
   */
  private boolean linkedFolder(Listed listed) {
    Path path = listed.path();
    if (!listed.symbolicLink() || !Files.isDirectory(path)) {
      return false;
    }
    String named = display(path);
    try {
      problems.add(
          new Problem(
              named,
              path.toRealPath().startsWith(realFolder)
                  ? "skipped: a link to a folder; links are not followed"
                  : "skipped: a link to a folder outside the conference folder"));
    } catch (IOException e) {
      problems.add(new Problem(named, "skipped: a broken link"));
    }
    return true;
  }

  private boolean inside(Path path, String named) {
    if (!path.startsWith(folder)) {
      problems.add(new Problem(named, "skipped: outside the conference folder"));
      return false;
    }
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      problems.add(new Problem(named, "not found"));
      return false;
    }
    try {
      if (!path.toRealPath().startsWith(realFolder)) {
        problems.add(new Problem(named, "skipped: a link to a file outside the conference folder"));
        return false;
      }
    } catch (IOException e) {
      problems.add(new Problem(named, "skipped: a broken link (" + ReadFailure.describe(e) + ")"));
      return false;
    }
    return true;
  }

  /** How deep a listed folder is: 0 for the conference folder itself, 1 for {@code docs/}. */
  private int depth(Path listedFolder) {
    return listedFolder.equals(folder) ? 0 : folder.relativize(listedFolder).getNameCount();
  }

  /**
   * The path relative to the folder, with forward slashes. A path below the folder is cut from its
   * text, as {@link Path#relativize} would give it (paths here are normalized, so a prefix of the
   * text is a prefix of the names): relativizing was most of listing 10,000 documents.
   */
  private String display(Path path) {
    String text = path.toString();
    String relative =
        text.startsWith(folderPrefix) && text.length() > folderPrefix.length()
            ? text.substring(folderPrefix.length())
            : folder.relativize(path).toString();
    return relative.replace('\\', '/');
  }

  /** True when a name of {@code path} below {@code listedFolder} starts with a dot. */
  private static boolean hidden(Path listedFolder, Path path) {
    for (int name = listedFolder.getNameCount(); name < path.getNameCount(); name++) {
      if (path.getName(name).toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
