package dev.usher.core.agenda;

/** The agenda store could not be read or written; the message names the store and why. */
public final class AgendaStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AgendaStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
