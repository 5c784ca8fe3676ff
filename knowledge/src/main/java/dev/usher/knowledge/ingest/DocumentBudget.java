package dev.usher.knowledge.ingest;

import dev.usher.knowledge.document.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How much of one document is indexed. Every passage is searched (and embedded) for every question,
 * so one huge file (a dump, a log saved as {@code .txt}) would slow every answer; beyond these
 * bounds the rest of the document is left out and reported, the other documents are untouched.
 *
 * @param maxPassages passages kept per document, in document order; the default {@value
 *     #DEFAULT_MAX_PASSAGES} holds a 600-page book (passages are about 70 words)
 * @param maxPassageChars characters kept per passage, cut at a space; the default {@value
 *     #DEFAULT_MAX_PASSAGE_CHARS} is about five times a normal passage, reached only by text with
 *     no sentence or paragraph breaks
 * @param maxTextBytes bytes of a text document (not a PDF) handed to its reader, cut at a line
 *     break: parsing a 100 MB file whole took seconds at every start, for passages left out anyway.
 *     The default, 8 MB, holds several times {@link #DEFAULT_MAX_PASSAGES} passages of prose
 */
record DocumentBudget(int maxPassages, int maxPassageChars, int maxTextBytes) {
  static final int DEFAULT_MAX_PASSAGES = 3_000;
  static final int DEFAULT_MAX_PASSAGE_CHARS = 4_000;
  static final int DEFAULT_MAX_TEXT_BYTES = 8 * 1024 * 1024;
  static final DocumentBudget DEFAULT =
      new DocumentBudget(DEFAULT_MAX_PASSAGES, DEFAULT_MAX_PASSAGE_CHARS, DEFAULT_MAX_TEXT_BYTES);

  DocumentBudget {
    if (maxPassages < 1) {
      throw new IllegalArgumentException("maxPassages must be at least 1: " + maxPassages);
    }
    if (maxPassageChars < 100) {
      throw new IllegalArgumentException(
          "maxPassageChars must be at least 100: " + maxPassageChars);
    }
    if (maxTextBytes < 1024) {
      throw new IllegalArgumentException("maxTextBytes must be at least 1024: " + maxTextBytes);
    }
  }

  /** Whether {@link #textWithin} cuts {@code content} of the file {@code fileName}. */
  boolean cutsText(String fileName, byte[] content) {
    return content.length > maxTextBytes && !fileName.toLowerCase(Locale.ROOT).endsWith(".pdf");
  }

  /**
   * The text document's first {@code maxTextBytes}, up to its last line break (a byte that is never
   * inside a UTF-8 character); a PDF whole, since its structure is not read front to back.
   */
  byte[] textWithin(String fileName, byte[] content) {
    if (!cutsText(fileName, content)) {
      return content;
    }
    int end = maxTextBytes;
    while (end > maxTextBytes / 2 && content[end - 1] != '\n') {
      end--;
    }
    if (content[end - 1] != '\n') {
      end = maxTextBytes;
      while ((content[end] & 0xC0) == 0x80) { // no line break: at least never inside a character
        end--;
      }
    }
    return java.util.Arrays.copyOf(content, end);
  }

  /** The passages within budget, and what was left out in one line (empty when nothing was). */
  record Bounded(List<Passage> passages, Optional<String> problem) {
    Bounded {
      passages = List.copyOf(passages);
    }
  }

  /**
   * @param passages the document's first passages, more than {@code maxPassages} when it has more
   * @param textCut whether {@link #textWithin} left part of the text unread
   */
  Bounded apply(List<Passage> passages, boolean textCut) {
    List<Passage> kept = new ArrayList<>(Math.min(passages.size(), maxPassages));
    int cut = 0;
    for (Passage passage : passages.subList(0, Math.min(passages.size(), maxPassages))) {
      if (passage.text().length() > maxPassageChars) {
        kept.add(new Passage(passage.ordinal(), passage.section(), shortened(passage.text())));
        cut++;
      } else {
        kept.add(passage);
      }
    }
    List<String> said = new ArrayList<>();
    if (textCut) {
      said.add(
          String.format(
              Locale.ROOT, "only its first %d MB of text are read", maxTextBytes / (1024 * 1024)));
    }
    if (passages.size() > maxPassages) {
      said.add(String.format(Locale.ROOT, "only its first %,d passages are indexed", maxPassages));
    }
    if (cut > 0) {
      said.add(
          String.format(
              Locale.ROOT,
              "%,d passage%s without sentence breaks cut to %,d characters",
              cut,
              cut == 1 ? "" : "s",
              maxPassageChars));
    }
    Optional<String> problem =
        said.isEmpty()
            ? Optional.empty()
            : Optional.of(
                "too large to search whole: "
                    + String.join("; ", said)
                    + "; split it into smaller documents");
    return new Bounded(kept, problem);
  }

  /** The text up to the last space within the limit, so no word is cut in half. */
  private String shortened(String text) {
    int space = text.lastIndexOf(' ', maxPassageChars);
    int end = space > maxPassageChars / 2 ? space : maxPassageChars;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end).strip() + " …";
  }
}
