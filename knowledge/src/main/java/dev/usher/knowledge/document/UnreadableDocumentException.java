package dev.usher.knowledge.document;

/** A document that cannot be read; the message is the reason, for the ingest report. */
public final class UnreadableDocumentException extends Exception {
  private static final long serialVersionUID = 1L;

  public UnreadableDocumentException(String reason) {
    super(reason);
  }
}
