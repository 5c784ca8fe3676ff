package dev.usher.knowledge.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Says in plain words why reading failed. Java's exception text ({@code
 * java.nio.file.AccessDeniedException: /x}) names a class and an absolute path the organizer did
 * not write; the problem already names the file, so this gives only the reason.
 */
public final class ReadFailure {
  /**
   * Text that reads as Java rather than as words: a qualified class name or an exception's name.
   */
  private static final Pattern JAVA_TEXT =
      Pattern.compile(
          "\\b(java|javax|sun|jdk|org|com)\\.[a-z]+\\.|[A-Z][A-Za-z]*(Exception|Error)\\b");

  private ReadFailure() {}

  /** Why {@code failure} stopped a read, e.g. "permission denied" or "a link loop"; never blank. */
  public static String describe(Throwable failure) {
    Throwable cause =
        failure instanceof UncheckedIOException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    return switch (cause) {
      case AccessDeniedException e -> "permission denied";
      case NoSuchFileException e -> "not found";
      case NotDirectoryException e -> "not a folder";
      case FileSystemLoopException e -> "a link loop";
      case CharacterCodingException e -> "not UTF-8 text";
      case FileSystemException e -> systemReason(e.getReason());
      case IOException e -> plainOr(e.getMessage(), "an input/output error");
      default -> plainOr(cause.getMessage(), "an unexpected error in the reader");
    };
  }

  /** The operating system's own words ("Is a directory"), which are plain already. */
  private static String systemReason(@Nullable String reason) {
    if (reason == null || reason.isBlank()) {
      return "the system refused to read it";
    }
    if (reason.toLowerCase(Locale.ROOT).contains("too many levels of symbolic links")) {
      return "a link loop";
    }
    return reason.toLowerCase(Locale.ROOT).replace("directory", "folder");
  }

  /** The message when it reads as words, else {@code fallback}. */
  private static String plainOr(@Nullable String message, String fallback) {
    if (message == null || message.isBlank() || JAVA_TEXT.matcher(message).find()) {
      return fallback;
    }
    return message.strip().replace("Is a directory", "is a folder");
  }
}
