package dev.usher.knowledge.document;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Groups a document's paragraphs into passages of about {@value #TARGET_WORDS} words that never
 * cross a heading, so an answer quotes the paragraph that answers rather than the whole page. A
 * paragraph longer than {@value #MAX_WORDS} words is cut between sentences.
 */
public final class PassageSplitter {
  static final int TARGET_WORDS = 120;
  static final int MAX_WORDS = 220;
  static final int MIN_WORDS = 25;
  static final int MARKER_WORDS = 2;

  private PassageSplitter() {}

  public static List<Passage> split(ReadDocument document) {
    List<Passage> passages = new ArrayList<>();
    String section = "";
    StringBuilder text = new StringBuilder();
    int words = 0;
    boolean afterHeading = false;
    for (Block block : document.blocks()) {
      if (block.heading()) {
        boolean nearlyEmpty =
            !section.isEmpty() && words > 0 && words <= MARKER_WORDS && !continues(passages, section);
        if (nearlyEmpty) {
          // A section with only a marker under it ("3 trends" then "1)") introduces the next one:
          // keep it in that one's heading instead of making a passage that says nothing.
          section = section + "\n" + text + "\n" + block.text();
          text.setLength(0);
          words = 0;
        } else {
          words = flush(passages, section, text);
          // Consecutive headings (a title, its authors, its time) together name the section.
          section = afterHeading ? section + "\n" + block.text() : block.text();
        }
        afterHeading = true;
        continue;
      }
      afterHeading = false;
      for (String piece : pieces(block.text())) {
        int pieceWords = wordCount(piece);
        if (words > 0 && words + pieceWords > MAX_WORDS) {
          words = flush(passages, section, text);
        }
        text.append(text.isEmpty() ? "" : "\n").append(piece);
        words += pieceWords;
        if (words >= TARGET_WORDS) {
          words = flush(passages, section, text);
        }
      }
    }
    flush(passages, section, text);
    return passages;
  }

  /** Whether the last passage is of {@code section}, so more text of it continues that passage. */
  private static boolean continues(List<Passage> passages, String section) {
    return !passages.isEmpty() && passages.get(passages.size() - 1).section().equals(section);
  }

  private static int flush(List<Passage> passages, String section, StringBuilder text) {
    if (text.isEmpty()) {
      return 0;
    }
    Passage previous = passages.isEmpty() ? null : passages.get(passages.size() - 1);
    // A short tail ("... more", a last line) on its own would rank for its heading alone; it
    // belongs with the passage before it.
    if (previous != null && previous.section().equals(section) && wordCount(text.toString()) < MIN_WORDS) {
      passages.set(passages.size() - 1, new Passage(previous.ordinal(), section, previous.text() + "\n" + text));
    } else {
      passages.add(new Passage(passages.size(), section, text.toString()));
    }
    text.setLength(0);
    return 0;
  }

  /** The paragraph itself, or runs of its sentences when it is too long for one passage. */
  private static List<String> pieces(String paragraph) {
    if (wordCount(paragraph) <= MAX_WORDS) {
      return List.of(paragraph);
    }
    List<String> pieces = new ArrayList<>();
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(paragraph);
    StringBuilder piece = new StringBuilder();
    int start = sentences.first();
    for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
      String sentence = paragraph.substring(start, end);
      if (!piece.isEmpty() && wordCount(piece.toString()) + wordCount(sentence) > TARGET_WORDS) {
        pieces.add(piece.toString().strip());
        piece.setLength(0);
      }
      piece.append(sentence);
    }
    if (!piece.toString().isBlank()) {
      pieces.add(piece.toString().strip());
    }
    return pieces;
  }

  static int wordCount(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }
}
