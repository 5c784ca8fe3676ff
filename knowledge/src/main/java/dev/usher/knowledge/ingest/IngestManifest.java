package dev.usher.knowledge.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the last full read of a folder found in each document file, kept beside the index so a start
 * on an unchanged folder need not read, hash or parse the documents again: a file whose {@link
 * FileStamp} is as recorded is taken as read before; one whose stamp changed is hashed, and parsed
 * only if its content changed too.
 *
 * @param surveyedAtNanos when the read that recorded the stamps began (epoch nanoseconds): a stamp
 *     that close to it is not trusted (see {@link FileStamp#racyAt})
 * @param files by display path, every document file whose bytes were read
 */
public record IngestManifest(long surveyedAtNanos, Map<String, FileRecord> files) {
  private static final Logger log = LoggerFactory.getLogger(IngestManifest.class);
  private static final int FORMAT = 1;

  public IngestManifest {
    files = Map.copyOf(files);
  }

  /**
   * One document file as last read.
   *
   * @param contentHash SHA-256 of its bytes, hex
   * @param passages the passages it gave, empty when it gave no document (no text, unreadable)
   * @param problems what reading it reported, in order
   */
  public record FileRecord(
      FileStamp stamp, String contentHash, OptionalInt passages, List<String> problems) {
    public FileRecord {
      Objects.requireNonNull(stamp, "stamp");
      Objects.requireNonNull(contentHash, "contentHash");
      Objects.requireNonNull(passages, "passages");
      problems = List.copyOf(problems);
    }

    FileRecord restamped(FileStamp now) {
      return new FileRecord(now, contentHash, passages, problems);
    }
  }

  /**
   * The manifest in {@code file} if it was written for the index holding {@code indexFingerprint};
   * empty when there is none, it is damaged, or it belongs to another build (then the folder is
   * read whole, as if there were none).
   */
  public static Optional<IngestManifest> read(Path file, String indexFingerprint) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      if (in.readInt() != FORMAT || !in.readUTF().equals(indexFingerprint)) {
        return Optional.empty();
      }
      long surveyedAt = in.readLong();
      int count = in.readInt();
      Map<String, FileRecord> files = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        String path = in.readUTF();
        FileStamp stamp = new FileStamp(in.readLong(), in.readLong(), in.readLong());
        String hash = in.readUTF();
        int passages = in.readInt();
        int problemCount = in.readInt();
        List<String> problems = new ArrayList<>(problemCount);
        for (int p = 0; p < problemCount; p++) {
          problems.add(in.readUTF());
        }
        files.put(
            path,
            new FileRecord(
                stamp,
                hash,
                passages < 0 ? OptionalInt.empty() : OptionalInt.of(passages),
                problems));
      }
      return Optional.of(new IngestManifest(surveyedAt, files));
    } catch (IOException | RuntimeException e) {
      // Damaged or cut short (a crash while writing): reading the folder whole is always correct.
      log.debug("ignoring the ingest manifest {}", file, e);
      return Optional.empty();
    }
  }

  /**
   * Writes this manifest for the index holding {@code indexFingerprint}, replacing {@code file} at
   * once (through a temporary file beside it) so a reader never sees half of it. A manifest that
   * cannot be written is logged and left out: the next start then reads the folder whole.
   */
  public void write(Path file, String indexFingerprint) {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
        out.writeInt(FORMAT);
        out.writeUTF(indexFingerprint);
        out.writeLong(surveyedAtNanos);
        out.writeInt(files.size());
        for (Map.Entry<String, FileRecord> entry : files.entrySet()) {
          FileRecord record = entry.getValue();
          out.writeUTF(entry.getKey());
          out.writeLong(record.stamp().size());
          out.writeLong(record.stamp().modifiedNanos());
          out.writeLong(record.stamp().changedNanos());
          out.writeUTF(record.contentHash());
          out.writeInt(record.passages().orElse(-1));
          out.writeInt(record.problems().size());
          for (String problem : record.problems()) {
            out.writeUTF(problem);
          }
        }
      }
      try {
        Files.move(
            temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      log.warn("cannot write the ingest manifest {}: {}", file, e.toString());
    }
  }
}
