package dev.usher.knowledge.document;

/**
 * A paragraph or heading of a document, in reading order.
 *
 * @param level a heading's depth (1 for a title, 2 below it, ...), or 0 when the format does not
 *     say, as in plain text; always 0 for a paragraph
 */
record Block(String text, boolean heading, int level) {
  Block(String text, boolean heading) {
    this(text, heading, 0);
  }

  static Block paragraph(String text) {
    return new Block(text, false);
  }

  static Block heading(String text) {
    return new Block(text, true);
  }

  static Block heading(String text, int level) {
    return new Block(text, true, level);
  }
}
