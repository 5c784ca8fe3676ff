package dev.usher.knowledge.ingest;

import java.nio.file.Path;

/**
 * A file found in the conference folder, with the name reports and sources give it (its path
 * relative to the folder, with {@code /}).
 */
record ConferenceFile(Path path, String displayPath, DocumentEntry entry) {}
