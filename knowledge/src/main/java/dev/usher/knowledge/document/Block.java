package dev.usher.knowledge.document;

/** A paragraph or heading of a document, in reading order. */
record Block(String text, boolean heading) {
  static Block paragraph(String text) {
    return new Block(text, false);
  }

  static Block heading(String text) {
    return new Block(text, true);
  }
}
