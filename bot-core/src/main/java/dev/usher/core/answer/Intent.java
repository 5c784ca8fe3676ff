package dev.usher.core.answer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of answer a question wants, read from its question words, and how to recognize text
 * that gives that kind of answer. A passage that fits the intent ranks above one that only shares
 * the question's words.
 */
enum Intent {
  TIME(
      "\\b(when|what time|what date|which day|how long|deadline|until|open|close|start|end)\\b",
      "\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|"
          + "oct(ober)?|nov(ember)?|dec(ember)?)\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}:\\d{2}\\b|"
          + "\\b\\d{1,2}\\s?(am|pm)\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|"
          + "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"),
  PLACE(
      "\\b(where|which room|what room|location|venue|address)\\b",
      "\\b(location|venue|held (in|at)|room|hall|cent(er|re)|building|floor|street|avenue)\\b"
          + "|\\bin [A-Z][a-z]+"),
  PERSON(
      "\\b(who|whom|whose|contact|organi[sz]ers?|chairs?|speakers?|authors?)\\b",
      "\\b[A-Z][a-z]+(-[A-Z][a-z]+)? [A-Z][a-z]+|⋅|@[a-z0-9.-]+\\.[a-z]{2,}"),
  NUMBER(
      "\\b(how many|how much|what percentage|what percent|what share|rate|number of)\\b",
      "\\d"),
  ANY("$^", "$^");

  private final Pattern asks;
  private final Pattern answers;

  Intent(String asks, String answers) {
    this.asks = Pattern.compile(asks, Pattern.CASE_INSENSITIVE);
    // Answers keep case where case is the signal (names, places); the rest are case-insensitive.
    this.answers = Pattern.compile(answers, this.name().equals("PERSON") || this.name().equals("PLACE") ? 0 : Pattern.CASE_INSENSITIVE);
  }

  static Intent of(String question) {
    String lower = question.toLowerCase(Locale.ROOT);
    for (Intent intent : values()) {
      if (intent != ANY && intent.asks.matcher(lower).find()) {
        return intent;
      }
    }
    return ANY;
  }

  /** Whether {@code text} holds the kind of thing this intent asks for (a date, a name, ...). */
  boolean answeredBy(String text) {
    return answers.matcher(text).find();
  }
}
