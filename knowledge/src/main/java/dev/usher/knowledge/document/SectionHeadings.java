package dev.usher.knowledge.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The headings that name the current section. Consecutive headings (a title, its authors, its time)
 * together name it; but where levels are known, a heading followed by one of its own level or
 * higher had nothing under it, and is dropped rather than naming text that is not its own.
 */
final class SectionHeadings {
  /** The headings, and any marker text absorbed between them (as paragraphs). */
  private final List<Block> headings = new ArrayList<>();

  private boolean textSince = true;

  void add(Block heading) {
    if (textSince) {
      headings.clear();
    }
    while (heading.level() > 0
        && !headings.isEmpty()
        && headings.get(headings.size() - 1).level() >= heading.level()) {
      headings.remove(headings.size() - 1);
    }
    headings.add(heading);
    textSince = false;
  }

  /** Text too short to be a passage, kept as part of the name of the section that follows. */
  void absorb(String text) {
    headings.add(Block.paragraph(text));
    textSince = false;
  }

  void textFollows() {
    textSince = true;
  }

  String section() {
    return String.join("\n", headings.stream().map(Block::text).toList());
  }

  /** Whether the section asks a question, so even a one-word text under it is its answer. */
  boolean isQuestion() {
    return !headings.isEmpty() && headings.get(headings.size() - 1).text().strip().endsWith("?");
  }

  /** Whether a paragraph only repeats a heading of the section, and so says nothing of its own. */
  boolean repeats(String paragraph) {
    String said = normalized(paragraph);
    return said.isEmpty()
        || headings.stream()
            .filter(Block::heading)
            .anyMatch(h -> normalized(h.text()).equals(said));
  }

  private static String normalized(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
