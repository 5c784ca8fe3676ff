package dev.usher.core.answer;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of answer a question wants, read from its question words, and how to recognize text
 * that gives that kind of answer. A passage that fits the intent ranks above one that only shares
 * the question's words.
 */
enum Intent {
  /** "How long", before {@link #TIME}: a length of time, not a moment. */
  DURATION(
      "\\b(how long|duration|how many (minutes|hours|days))\\b",
      "\\b\\d{1,3}(\\s?(-|–|to|or|/)\\s?\\d{1,3})?[\\s-]?(min(ute)?s?|hours?|hrs?|days?|weeks?)\\b"),
  TIME(
      // "Deadline" asks for a date as the thing asked about ("deadline to apply"), not as a
      // landmark in a question about something else ("I missed the deadline, can I still ...").
      "\\b(when|what time|what date|which day|until|opens?|closes?(?! (to|by)\\b)|starts?|ends?)\\b"
          + "|\\bdeadlines?\\s+(to|for|of)\\b|\\b(what|when)('s| is| are)? the (\\w+ )?deadlines?\\b|^\\W*deadlines?\\b",
      // A month and its day either way round, with or without "th" ("July 11th", "9th July").
      "\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|"
          + "oct(ober)?|nov(ember)?|dec(ember)?)\\.?\\s+\\d{1,2}(st|nd|rd|th)?\\b|"
          + "\\b\\d{1,2}(st|nd|rd|th)?\\s+(of\\s+)?(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?"
          + "|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\b|\\b\\d{1,2}:\\d{2}\\b|"
          + "\\b\\d{1,2}\\s?(am|pm)\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|"
          + "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
          // A time told by the event ("after the conference", "within 30 days") answers "when" too.
          + "|\\b(before|after|during|until|by) the (end of the )?(conference|conf|event|congress|sprints?|talks?"
          + "|tutorials?|workshops?|keynotes?)\\b|\\bwithin \\d+ (hours|days|weeks|months)\\b"),
  /**
   * "What's the address", before {@link #PLACE}: a street address or a postcode, not only a place's
   * name (a page that says "the venue" names no address). An email or IP address is not one.
   */
  ADDRESS(
      "(?<!(e-?mail|ip|web|mail|mac) )\\baddress(es)?\\b(?! (of|for) (the )?(e-?mail|website))|\\bpost ?codes?\\b|\\bzip ?codes?\\b",
      // A number and a street ("12 N Harbor St"), a street and its number ("Musterstraße 12"),
      // or a postcode as the US, the UK, and most of Europe write them.
      "\\b\\d{1,5}[A-Za-z]?\\s+([NSEW]\\.?\\s+)?(\\p{Lu}[\\p{L}.'-]*\\s+){0,3}"
          + "(St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Lane|Ln|Way|Place|Pl|Square|Sq|Parkway|Pkwy|Court|Ct|Row|Terrace|Quay)\\b"
          + "|\\p{Lu}[\\p{L}-]*(straße|strasse|str\\.|gasse|weg|platz|laan|straat|gade|vej|gatan|vägen)\\s+\\d"
          + "|\\b(Via|Viale|Calle|Rua|Rue|Avenida|Avenue|Ulica|ul\\.)\\s+\\p{Lu}[\\p{L} .'-]{2,40}\\d"
          + "|\\b[A-Z]{2}\\s+\\d{5}(-\\d{4})?\\b|\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s+\\d[A-Z]{2}\\b"
          + "|\\b\\d{3}\\s\\d{2}\\s+\\p{Lu}|\\b\\d{5}\\s+\\p{Lu}\\p{Ll}+|\\b\\d{4}\\s?[A-Z]{2}\\b"),
  PLACE(
      // "The venue" in a question is often only the setting of what is asked ("is X allowed at the
      // venue").
      "\\b(where|which room|what room|location|address)\\b|\\b(what|which)('s| is)? the venue\\b",
      "\\b(location|venue|held (in|at)|room|hall|cent(er|re)|building|floor|street|avenue)\\b"
          + "|\\bin [A-Z][a-z]+"),
  PERSON(
      // A role asks for names when it is what is asked ("which speakers", "keynote speakers?"),
      // not when it is who the question is about ("do speakers get X").
      "\\b(who|whom|whose|contact)\\b|\\b(which|what) (\\w+ )?(organi[sz]ers?|chairs?|speakers?|authors?)\\b"
          + "|\\b(organi[sz]ers?|chairs?|speakers?|authors?)\\W*$",
      // A list of names ("Ada Lovelace, Alan Turing", "A ⋅ B"), a name after "by", or an email.
      "(\\p{Lu}\\p{Ll}+ ){1,3}\\p{Lu}[\\p{L}-]+\\s*(,|⋅|and)\\s*\\p{Lu}|⋅"
          + "|\\bby (\\p{Lu}\\p{Ll}+ )+\\p{Lu}|@[a-z0-9.-]+\\.[a-z]{2,}"),
  /** "How much is X", "do I have to pay for X": an amount of money, or "free". */
  PRICE(
      "\\bhow much (is|are|was|does|do|did|will|would|should|to|for)\\b|\\bcosts?\\b|\\bprices?\\b|\\bfees?\\b"
          + "|\\bhow expensive\\b|\\b(pay|paying) for\\b|\\bhave to pay\\b"
          // A cheaper ticket or a discount is a price too.
          + "|\\bcheap(er|est)\\b|\\bdiscount(s|ed)?\\b|\\breduced (price|rate|fee)s?\\b",
      "[$€£¥]\\s?\\d|\\d\\s?([$€£]|(eur|euros?|usd|dollars?|gbp|pounds?|chf|czk|kč)\\b)|\\d\\s?%"
          + "|\\b(is|are|be|for|completely|totally|entirely) free\\b|\\bfree (of charge|to (attend|join|enter|watch)|entry|admission)\\b"
          + "|\\b(no (cost|charge)|complimentary|included|covers?|covered|reimburse\\w*)\\b"
          // A discount stated as a deal ("5 tickets for the price of 4", "half price").
          + "|\\bfor the price of\\b|\\bhalf[ -]price\\b"),
  NUMBER("\\b(how many|how much|what percentage|what percent|what share|rate|number of)\\b", "\\d"),
  /** "What is X?", "tell me about X": a description, so a longer quote is better. */
  DESCRIBE(
      "^\\W*(what is|what's|whats|what are|what were|what was|tell me about|describe|explain)\\b"
          + "|\\babout\\W*$",
      "$^"),
  ANY("$^", "$^");

  private final Pattern asks;
  private final Pattern answers;
  private final boolean answersAnchored;

  Intent(String asks, String answers) {
    this.asks = Pattern.compile(asks, Pattern.CASE_INSENSITIVE);
    // Answers keep case where case is the signal (names, places); the rest are case-insensitive.
    this.answers =
        Pattern.compile(
            answers,
            this.name().equals("PERSON")
                    || this.name().equals("PLACE")
                    || this.name().equals("ADDRESS")
                ? 0
                : Pattern.CASE_INSENSITIVE);
    // "$" inside a character class is a dollar sign, not the end of the text.
    String anchors = answers.replaceAll("\\[[^\\]]*\\]", "");
    this.answersAnchored = anchors.contains("^") || anchors.contains("$");
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

  /**
   * The most distinct question words (emphasized in {@code passage}) found in one line, or a line
   * and the next, that also holds the kind of thing this intent asks for: a date beside the event
   * asked about, not just anywhere in the passage; counted double when on the same line. Zero when
   * the intent asks for nothing specific. {@code answers} are this intent's in a text that holds
   * the passage's text from {@code offset} on.
   */
  int wordsBesideAnswer(dev.usher.core.reply.Snippet passage, AnswerSpans answers, int offset) {
    if (this == ANY || this == DESCRIBE) {
      return 0;
    }
    String text = passage.text();
    String[] lines = text.split("\n", -1);
    int best = 0;
    int lineStart = 0;
    for (int i = 0; i < lines.length; i++) {
      int lineEnd = lineStart + lines[i].length();
      int nextEnd = i + 1 < lines.length ? lineEnd + 1 + lines[i + 1].length() : lineEnd;
      int inLine = distinctWords(passage, lineStart, lineEnd);
      int withNext = distinctWords(passage, lineStart, nextEnd);
      // The patterns are the costly part: run them only where the line could raise the best.
      if (Math.max(2 * inLine, withNext) > best) {
        if (answers.within(offset + lineStart, offset + lineEnd)) {
          best = Math.max(best, 2 * inLine);
        } else if (withNext > best && answers.within(offset + lineStart, offset + nextEnd)) {
          // A label and its value on the next line ("Registration Desk" / "7:30 AM"): weaker.
          best = withNext;
        }
      }
      lineStart = lineEnd + 1;
    }
    return best;
  }

  private static int distinctWords(dev.usher.core.reply.Snippet passage, int from, int to) {
    java.util.Set<String> words = new java.util.HashSet<>();
    for (dev.usher.core.reply.Snippet.Span span : passage.emphasis()) {
      if (span.start() >= from && span.end() <= to) {
        words.add(stem(passage.text().substring(span.start(), span.end())));
      }
    }
    return words.size();
  }

  /** A crude key that counts "succinct" and "succinctly" as one word. */
  static String stem(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.length() <= 5 ? lower : lower.substring(0, 5);
  }

  /**
   * Whether a session's card (day, start–end, room) says what this intent asks for; its length is
   * that one session's, not a rule.
   */
  boolean statedBySessionCard() {
    return this == TIME || this == PLACE;
  }

  /**
   * Whether this intent asks for a specific kind of thing (a time, a place, a person, a number).
   */
  boolean asksForSomething() {
    return this != ANY && this != DESCRIBE;
  }

  /**
   * The specific things of this intent's kind that {@code text} states: the dates, places, names or
   * numbers, each as written, lower-cased; words that only announce one ("venue", "room") are left
   * out, since two passages that both say "venue" may still name different ones.
   */
  Set<String> valuesIn(String text) {
    Set<String> values = new LinkedHashSet<>();
    if (!asksForSomething()) {
      return values;
    }
    Matcher matcher = answers.matcher(text);
    while (matcher.find()) {
      String value = matcher.group();
      if (value.chars().anyMatch(c -> Character.isDigit(c) || Character.isUpperCase(c))) {
        values.add(value.toLowerCase(Locale.ROOT).strip());
      }
    }
    return values;
  }

  /** Whether {@code text} (a heading, say) asks for this intent's kind of thing. */
  boolean askedBy(String text) {
    return asks.matcher(text).find();
  }

  /** Whether {@code text} holds the kind of thing this intent asks for (a date, a name, ...). */
  boolean answeredBy(String text) {
    return answers.matcher(text).find();
  }

  /** Where {@code text} holds the kind of thing this intent asks for, to ask of its parts. */
  AnswerSpans answersIn(String text) {
    return new AnswerSpans(answers, answersAnchored, text);
  }
}
