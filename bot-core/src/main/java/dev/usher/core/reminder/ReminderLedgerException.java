package dev.usher.core.reminder;

import org.jspecify.annotations.Nullable;

/** A ledger that could not be read or written (a full disk, a locked or corrupt file). */
public final class ReminderLedgerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReminderLedgerException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
