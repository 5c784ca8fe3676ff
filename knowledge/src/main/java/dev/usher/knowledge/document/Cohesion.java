package dev.usher.knowledge.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which paragraphs are only understood together, so a quote never takes one without the other: a
 * paragraph ending in ":" and what it introduces (the whole list, when a list follows), a question
 * ("Q: ...", or a paragraph that asks) and its answer.
 */
final class Cohesion {
  static final Pattern LIST_ITEM =
      Pattern.compile("^(•|[-*+–]|\\d{1,3}[.)])\\s+.*", Pattern.DOTALL);
  private static final Pattern QUESTION_LABEL =
      Pattern.compile("^(Q|Question)\\s*[:.]\\s+.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final int QUESTION_MAX_WORDS = 40;

  private Cohesion() {}

  /** The texts of the paragraphs from {@code start} on that must stay together; at least one. */
  static List<String> unitAt(List<Block> blocks, int start) {
    List<String> unit = new ArrayList<>();
    unit.add(blocks.get(start).text());
    boolean introduced = false;
    for (int i = start + 1; i < blocks.size() && !blocks.get(i).heading(); i++) {
      String previous = unit.get(unit.size() - 1);
      String next = blocks.get(i).text();
      boolean listGoesOn = introduced && isListItem(previous) && isListItem(next);
      if (!listGoesOn && !introduces(previous)) {
        break;
      }
      introduced = introduced || introduces(previous);
      unit.add(next);
      if (!isListItem(next) && !introduces(next)) {
        break;
      }
    }
    return unit;
  }

  static boolean isListItem(String text) {
    return LIST_ITEM.matcher(text).matches();
  }

  private static boolean introduces(String text) {
    String lastLine = text.substring(text.lastIndexOf('\n') + 1).strip();
    if (lastLine.endsWith(":")) {
      return true;
    }
    boolean asks =
        lastLine.endsWith("?")
            && !isListItem(lastLine)
            && PassageSplitter.wordCount(lastLine) <= QUESTION_MAX_WORDS;
    return asks || (QUESTION_LABEL.matcher(lastLine).matches() && !text.contains("\nA:"));
  }
}
