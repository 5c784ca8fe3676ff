package dev.usher.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Several thousand questions from a few dozen: each as asked, and with a word dropped, a typo (a
 * letter swapped, dropped or doubled) or its words shuffled. Deterministic for a seed.
 */
final class QuestionVariations {
  private QuestionVariations() {}

  static List<String> of(List<String> questions, int count, long seed) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>(count);
    out.addAll(questions.subList(0, Math.min(count, questions.size())));
    while (out.size() < count) {
      String question = questions.get(random.nextInt(questions.size()));
      out.add(
          switch (random.nextInt(3)) {
            case 0 -> dropWord(question, random);
            case 1 -> typo(question, random);
            default -> shuffle(question, random);
          });
    }
    return out;
  }

  private static String dropWord(String question, Random random) {
    List<String> words = new ArrayList<>(Arrays.asList(question.split(" ")));
    if (words.size() > 1) {
      words.remove(random.nextInt(words.size()));
    }
    return String.join(" ", words);
  }

  private static String typo(String question, Random random) {
    if (question.length() < 3) {
      return question;
    }
    int at = 1 + random.nextInt(question.length() - 2);
    StringBuilder text = new StringBuilder(question);
    switch (random.nextInt(3)) {
      case 0 -> {
        char c = text.charAt(at);
        text.setCharAt(at, text.charAt(at + 1));
        text.setCharAt(at + 1, c);
      }
      case 1 -> text.deleteCharAt(at);
      default -> text.insert(at, text.charAt(at));
    }
    return text.toString();
  }

  private static String shuffle(String question, Random random) {
    List<String> words = new ArrayList<>(Arrays.asList(question.split(" ")));
    Collections.shuffle(words, random);
    return String.join(" ", words);
  }
}
