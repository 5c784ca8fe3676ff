package dev.usher.knowledge.fetch;

import dev.usher.knowledge.schedule.ScheduleFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The last good copy of a schedule fetched from a URL, and what is known about its fetches, in a
 * folder of its own under the state folder ({@code .usher/schedules/<hash of the URL>/}): {@code
 * schedule.<format>} and {@code fetch.properties}. Every write replaces a file whole (written
 * beside it, then moved), so a crash leaves the old copy or the new one, never half of one. One
 * writer at a time (the fetcher); readers may run in other processes.
 */
public final class ScheduleCopy {
  private static final String CONTENT = "schedule.";
  private static final String STATE = "fetch.properties";

  private final URI url;
  private final Path folder;

  private ScheduleCopy(URI url, Path folder) {
    this.url = url;
    this.folder = folder;
  }

  /** The copy of {@code url} under {@code copies} (the state folder's {@code schedules}). */
  public static ScheduleCopy of(URI url, Path copies) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(copies, "copies");
    return new ScheduleCopy(url, copies.resolve(hash(url.toString())));
  }

  public URI url() {
    return url;
  }

  /** The copy's file, named by its format ({@code schedule.json}), when one was ever saved. */
  public Optional<Path> content() {
    return state()
        .format()
        .map(format -> folder.resolve(CONTENT + format))
        .filter(Files::isRegularFile);
  }

  /** What the last fetches found; all empty before the first. */
  public FetchState state() {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(folder.resolve(STATE), StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (NoSuchFileException e) {
      return FetchState.NONE;
    } catch (IOException | IllegalArgumentException e) {
      // A damaged state file costs only a full (unconditional) fetch.
      return FetchState.NONE;
    }
    return FetchState.from(properties);
  }

  /** Saves a checked new version as the last good copy; the failures in a row end. */
  void saveGood(
      byte[] content,
      String format,
      Optional<String> etag,
      Optional<String> lastModified,
      Instant at) {
    if (ScheduleFiles.formatOf("x." + format).isEmpty()) {
      throw new IllegalArgumentException("format: not a schedule format: " + format);
    }
    FetchState before = state();
    write(CONTENT + format, content);
    FetchState after =
        new FetchState(
            Optional.of(format),
            etag,
            lastModified,
            Optional.of(at),
            Optional.of(at),
            Optional.empty(),
            Optional.empty(),
            0);
    write(STATE, after.toProperties(url));
    before.format().filter(f -> !f.equals(format)).ifPresent(old -> delete(CONTENT + old));
  }

  /** Records that the server was asked and the copy is current (a 304, or the same bytes). */
  void saveUnchanged(Instant at, Optional<String> etag, Optional<String> lastModified) {
    FetchState before = state();
    FetchState after =
        new FetchState(
            before.format(),
            etag.or(before::etag),
            lastModified.or(before::lastModified),
            before.savedAt(),
            Optional.of(at),
            Optional.empty(),
            Optional.empty(),
            0);
    write(STATE, after.toProperties(url));
  }

  /** Records a failed fetch; the copy stays as it was. */
  void saveFailure(String reason, Instant at) {
    FetchState before = state();
    FetchState after =
        new FetchState(
            before.format(),
            before.etag(),
            before.lastModified(),
            before.savedAt(),
            before.checkedAt(),
            Optional.of(reason),
            Optional.of(at),
            before.failures() + 1);
    write(STATE, after.toProperties(url));
  }

  /** True when {@code content} is byte for byte the saved copy. */
  boolean holds(byte[] content) {
    Optional<Path> file = content();
    if (file.isEmpty()) {
      return false;
    }
    try {
      return MessageDigest.isEqual(sha256(Files.readAllBytes(file.get())), sha256(content));
    } catch (IOException e) {
      return false;
    }
  }

  private void write(String name, byte[] content) {
    try {
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, name, ".part");
      try {
        Files.write(temporary, content);
        move(temporary, folder.resolve(name));
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the copy of " + url + " in " + folder, e);
    }
  }

  private void write(String name, Properties properties) {
    try (var out = new java.io.ByteArrayOutputStream();
        Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      properties.store(writer, "Usher: the last fetches of " + url + "; rewritten at each fetch");
      writer.flush();
      write(name, out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private void delete(String name) {
    try {
      Files.deleteIfExists(folder.resolve(name));
    } catch (IOException e) {
      // A stale copy in another format is never read (the state names the format); leave it.
    }
  }

  private static String hash(String text) {
    return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
