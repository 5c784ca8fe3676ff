package dev.usher.app.state;

import dev.usher.core.announce.AnnouncedSchedule;
import dev.usher.core.announce.AnnouncedScheduleText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedule announced last, in {@code announced-schedule.properties} of the state folder, in the
 * text form of {@link AnnouncedScheduleText}. Replaced whole at each write (written beside it, then
 * moved), so a crash leaves the old record or the new one. A file that cannot be read is logged and
 * counts as none: the schedule read at start-up then becomes the one announced.
 */
public final class AnnouncedScheduleFile implements AnnouncedSchedule {
  private static final Logger log = LoggerFactory.getLogger(AnnouncedScheduleFile.class);
  private static final String NAME = "announced-schedule.properties";
  private static final String HEADING =
      "# Usher: the schedule announced last; rewritten at each change\n";

  private final Path file;

  private AnnouncedScheduleFile(Path file) {
    this.file = file;
  }

  /** The record in {@code stateFolder}, created at the first {@link #keep}. */
  public static AnnouncedScheduleFile in(Path stateFolder) {
    return new AnnouncedScheduleFile(
        Objects.requireNonNull(stateFolder, "stateFolder").resolve(NAME));
  }

  @Override
  public Optional<Announced> last() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      log.warn("{} cannot be read ({}); taking the schedule as it is now as announced", file, e);
      return Optional.empty();
    }
    try {
      return Optional.of(AnnouncedScheduleText.read(text));
    } catch (IllegalArgumentException e) {
      log.warn(
          "{} is damaged ({}); taking the schedule as it is now as announced",
          file,
          e.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public void keep(Announced announced) {
    try {
      replace((HEADING + AnnouncedScheduleText.write(announced)).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the announced schedule in " + file, e);
    }
  }

  private void replace(byte[] content) throws IOException {
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), NAME, ".part");
    try {
      Files.write(temporary, content);
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
