package dev.usher.app.state;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One {@code usher serve} per conference folder: an exclusive lock on {@code serve.lock} in the
 * state folder, held until the process ends (the operating system releases it when the process
 * dies, even by {@code kill -9}, so a stale file never blocks a restart). The file names the holder
 * (process id, host, since when) so a second {@code serve} can say who it is.
 *
 * <p>Two processes on one folder would each post every reminder: the ledger is checked before a
 * post and written after it, and both would read "not posted" in between.
 */
public final class ServeLock implements AutoCloseable {
  static final String FILE_NAME = "serve.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private ServeLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code stateFolder}, creating the folder when missing.
   *
   * @throws StateException when another process holds it (naming it), or the folder cannot be
   *     written
   */
  public static ServeLock acquire(Path stateFolder, Clock clock) {
    Objects.requireNonNull(stateFolder, "stateFolder");
    Path file = stateFolder.resolve(FILE_NAME).toAbsolutePath();
    FileChannel channel;
    try {
      Files.createDirectories(stateFolder);
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new StateException("cannot create the serve lock " + file + ": " + e.getMessage(), e);
    }
    try {
      FileLock lock = tryLock(channel);
      if (lock == null) {
        String holder = holder(file);
        channel.close();
        throw new StateException(
            "another usher serve is already serving this folder ("
                + holder
                + "; lock "
                + file
                + "); stop it first (replicas on one machine each need their own"
                + " copy of the folder: README, running two replicas)",
            null);
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(describeThisProcess(clock).getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(true);
      return new ServeLock(channel, lock);
    } catch (IOException e) {
      throw new StateException("cannot take the serve lock " + file + ": " + e.getMessage(), e);
    }
  }

  private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      // Held by this very process (a second serve started in-process, as tests do).
      return null;
    }
  }

  private static String holder(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      return text.isEmpty() ? "a process that has not written its name yet" : text;
    } catch (IOException e) {
      return "a process whose lock file cannot be read";
    }
  }

  private static String describeThisProcess(Clock clock) {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "an unknown host";
    }
    return "pid "
        + ProcessHandle.current().pid()
        + " on "
        + host
        + " since "
        + clock.instant()
        + "\n";
  }

  @Override
  public synchronized void close() {
    if (!channel.isOpen()) {
      return;
    }
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new StateException("cannot release the serve lock: " + e.getMessage(), e);
    }
  }
}
