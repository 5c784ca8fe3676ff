package dev.usher.knowledge.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says about a file without opening it: its size, when its content was last
 * modified and when its metadata last changed (the inode's ctime, where the system has one). Equal
 * stamps mean the file is taken as unchanged; ctime catches a content change written with an old
 * modification time ({@code touch -d}, {@code cp -p}, an unpacked archive), which mtime alone
 * misses.
 *
 * @param changedNanos the ctime in nanoseconds since the epoch, 0 where the system does not have
 *     one
 */
public record FileStamp(long size, long modifiedNanos, long changedNanos) {
  /** The stamp of {@code path}, following links as reading it does. */
  static FileStamp of(Path path) throws IOException {
    try {
      Map<String, Object> unix = Files.readAttributes(path, "unix:size,lastModifiedTime,ctime");
      return new FileStamp(
          attribute(unix, "size", Long.class),
          nanos(attribute(unix, "lastModifiedTime", FileTime.class)),
          nanos(attribute(unix, "ctime", FileTime.class)));
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      // Not a Unix file system (Windows): size and mtime only.
      return new FileStamp(Files.size(path), nanos(Files.getLastModifiedTime(path)), 0);
    }
  }

  /** Whether a change within the file system's clock tick of {@code sinceNanos} could be hidden. */
  boolean racyAt(long sinceNanos) {
    // Coarse file systems keep times to 1 or 2 s: a write in the same tick as the survey that
    // recorded the stamp would leave it as it was. Such a stamp is not trusted; the file is hashed.
    return Math.max(modifiedNanos, changedNanos) >= sinceNanos - TimeUnit.SECONDS.toNanos(2);
  }

  /** An attribute that was asked for, which the unix view always gives. */
  private static <T> T attribute(Map<String, Object> attributes, String name, Class<T> type) {
    return type.cast(Objects.requireNonNull(attributes.get(name), name));
  }

  private static long nanos(FileTime time) {
    return time.to(TimeUnit.NANOSECONDS);
  }
}
