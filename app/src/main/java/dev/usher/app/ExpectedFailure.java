package dev.usher.app;

import dev.usher.app.config.SettingsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;

/**
 * Turns a failure a user can cause and fix (a wrong setting, a missing file, no network) into one
 * line that says what to do; anything else is a bug and keeps its stack trace.
 */
public final class ExpectedFailure {
  private ExpectedFailure() {}

  /** The one-line message for {@code failure}, or empty when it is not an expected one. */
  public static Optional<String> message(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      Optional<String> line = line(cause);
      if (line.isPresent()) {
        return line;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> line(Throwable cause) {
    return switch (cause) {
      case SettingsException e -> Optional.ofNullable(e.getMessage());
      case IllegalArgumentException e -> Optional.ofNullable(e.getMessage());
      case UnknownHostException e ->
          Optional.of(
              "cannot reach "
                  + e.getMessage()
                  + ": the host name does not resolve (no network or DNS?)");
      case ConnectException e ->
          Optional.of("cannot connect: " + e.getMessage() + " (no network, or a firewall?)");
      case NoSuchFileException e -> Optional.of(e.getFile() + " does not exist");
      case AccessDeniedException e ->
          Optional.of(e.getFile() + " cannot be read: permission denied");
      case UncheckedIOException e -> Optional.empty(); // its cause says more
      case IOException e -> Optional.ofNullable(e.getMessage());
      default -> Optional.empty();
    };
  }
}
