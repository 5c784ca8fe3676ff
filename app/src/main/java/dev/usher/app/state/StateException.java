package dev.usher.app.state;

import org.jspecify.annotations.Nullable;

/** The state folder cannot be used: another serve holds it, or the ledger is broken. One line. */
public final class StateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StateException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
