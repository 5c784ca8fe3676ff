package dev.usher.knowledge.document;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Groups a document's paragraphs into passages of about {@value #TARGET_WORDS} words that never
 * cross a heading, so an answer quotes the paragraph that answers rather than the whole page. A
 * paragraph longer than {@value #MAX_WORDS} words is cut between sentences. Paragraphs that only
 * make sense together (see {@link Cohesion}) are never put in different passages, and a heading
 * with no text of its own under it is never a passage.
 */
public final class PassageSplitter {
  static final int TARGET_WORDS = 70;
  static final int MAX_WORDS = 140;
  static final int MIN_WORDS = 25;
  static final int MARKER_WORDS = 2;

  private PassageSplitter() {}

  public static List<Passage> split(ReadDocument document) {
    return split(document, Integer.MAX_VALUE);
  }

  /**
   * Like {@link #split(ReadDocument)}, stopping once more than {@code maxPassages} passages are
   * made: splitting the rest of a huge document is work whose result would be left out anyway.
   *
   * @return the first passages, more than {@code maxPassages} when the document has more
   */
  public static List<Passage> split(ReadDocument document, int maxPassages) {
    List<Passage> passages = new ArrayList<>();
    SectionHeadings headings = new SectionHeadings();
    StringBuilder text = new StringBuilder();
    int words = 0;
    List<Block> blocks = document.blocks();
    for (int i = 0; i < blocks.size() && passages.size() <= maxPassages; ) {
      Block block = blocks.get(i);
      if (block.heading()) {
        String section = headings.section();
        boolean nearlyEmpty =
            !section.isEmpty()
                && words > 0
                && words <= MARKER_WORDS
                && !headings.isQuestion()
                && !continues(passages, section);
        if (nearlyEmpty) {
          // A section with only a marker under it ("3 trends" then "1)") introduces the next one:
          // keep it in that one's heading instead of making a passage that says nothing.
          headings.absorb(text.toString());
          text.setLength(0);
          words = 0;
        } else {
          words = flush(passages, section, text);
        }
        headings.add(block);
        i++;
        continue;
      }
      List<String> unit = Cohesion.unitAt(blocks, i);
      i += unit.size();
      unit = unit.stream().filter(paragraph -> !headings.repeats(paragraph)).toList();
      if (unit.isEmpty()) {
        continue;
      }
      headings.textFollows();
      String section = headings.section();
      int unitWords = unit.stream().mapToInt(PassageSplitter::wordCount).sum();
      List<String> pieces = new ArrayList<>();
      if (unit.size() > 1 && unitWords <= MAX_WORDS) {
        // Kept whole: an intro and its list, a question and its answer.
        pieces.add(String.join("\n", unit));
      } else {
        if (unit.size() > 1 && words > 0) {
          // Too long to keep whole: at least start it in a passage of its own.
          words = flush(passages, section, text);
        }
        unit.forEach(paragraph -> pieces.addAll(pieces(paragraph)));
      }
      for (String piece : pieces) {
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
    flush(passages, headings.section(), text);
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
    if (previous != null
        && previous.section().equals(section)
        && wordCount(text.toString()) < MIN_WORDS) {
      passages.set(
          passages.size() - 1,
          new Passage(previous.ordinal(), section, previous.text() + "\n" + text));
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
    for (int end = sentences.next();
        end != BreakIterator.DONE;
        start = end, end = sentences.next()) {
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
