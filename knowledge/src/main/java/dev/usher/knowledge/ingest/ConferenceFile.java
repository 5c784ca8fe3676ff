package dev.usher.knowledge.ingest;

import java.nio.file.Path;

/**
 * A file found in the conference folder, with the name reports and sources give it (its path
 * relative to the folder, with {@code /}).
 *
 * @param specificity how closely the {@code documents:} entry that found it names it: the depth of
 *     the folder it was found in, or {@link #NAMED} when the entry names the file itself. When two
 *     entries find one file, the closer one's title and url apply, whatever order they are listed
 *     in.
 */
record ConferenceFile(Path path, String displayPath, DocumentEntry entry, int specificity) {
  static final int NAMED = Integer.MAX_VALUE;

  /** A file its entry names itself. */
  ConferenceFile(Path path, String displayPath, DocumentEntry entry) {
    this(path, displayPath, entry, NAMED);
  }
}
