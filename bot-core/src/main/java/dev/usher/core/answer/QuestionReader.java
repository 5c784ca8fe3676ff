package dev.usher.core.answer;

import dev.usher.core.vocabulary.ChatWords;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces a question to its content words. Question words and filler ("when is", "can I", "tell me
 * about") say what kind of answer is wanted, not what it is about, so they are not evidence. Every
 * character the attendee typed is treated as text: quotes mark phrases, everything else that is not
 * a letter or digit separates words, so no input can act as query syntax.
 */
final class QuestionReader {
  /**
   * Content words kept: enough for any real question, and a bound on the work one question costs.
   */
  static final int MAX_WORDS = 16;

  /**
   * A longer "word" is cut: no real word is this long, and text without spaces (Chinese, Japanese)
   * would otherwise make one word of a whole sentence, each character a term to search.
   */
  static final int MAX_WORD_CHARS = 24;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’.&][\\p{L}\\p{N}]+)*");
  private static final Pattern QUOTED = Pattern.compile("[\"“”«»]([^\"“”«»]{2,200})[\"“”«»]");
  private static final Pattern PLATFORM_MARKUP =
      Pattern.compile("<[@#!][^>]{0,80}>|@(everyone|here)\\b");

  /** Words that ask, point or fill, in lower case; never evidence of what a passage is about. */
  private static final Set<String> FILLER =
      Set.of(
          "what",
          "what's",
          "whats",
          "when",
          "when's",
          "where",
          "where's",
          "wheres",
          "who",
          "who's",
          "whom",
          "whose",
          "which",
          "why",
          "how",
          "how's",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "being",
          "am",
          "do",
          "does",
          "did",
          "done",
          "doing",
          "can",
          "could",
          "would",
          "should",
          "will",
          "shall",
          "may",
          "might",
          "must",
          "i",
          "i'm",
          "me",
          "my",
          "mine",
          "we",
          "us",
          "our",
          "you",
          "your",
          "yours",
          "he",
          "him",
          "his",
          "she",
          "her",
          "hers",
          "it",
          "its",
          "it's",
          "they",
          "them",
          "their",
          "there",
          "there's",
          "here",
          "this",
          "that",
          "these",
          "those",
          "a",
          "an",
          "the",
          "of",
          "in",
          "on",
          "at",
          "for",
          "to",
          "from",
          "by",
          "with",
          "about",
          "into",
          "onto",
          "and",
          "or",
          "but",
          "if",
          "so",
          "than",
          "then",
          "any",
          "anything",
          "some",
          "something",
          "anyone",
          "someone",
          "please",
          "tell",
          "know",
          "want",
          "wanna",
          "need",
          "like",
          "get",
          "got",
          "give",
          "find",
          "show",
          "let",
          "lets",
          "let's",
          "hi",
          "hello",
          "hey",
          "thanks",
          "thank",
          "ok",
          "okay",
          "also",
          "just",
          "really",
          "exactly",
          "actually",
          "still",
          "yet",
          "ever",
          "much",
          "many",
          "more",
          "most",
          "percentage",
          "percent",
          "time",
          "date",
          "day",
          "info",
          "information",
          "details",
          "usher",
          "bot",
          "say",
          "said",
          "says",
          "mean",
          "means",
          "go",
          "going",
          "happen",
          "happening",
          "take",
          "taking",
          "place",
          "have",
          "has",
          "had",
          "not",
          "no",
          "yes",
          "all",
          "as",
          "up",
          "out",
          "one",
          "ones",
          "kind",
          "sort",
          "type",
          "thing",
          "things",
          "stuff",
          "etc",
          // Verbs that ask for a person ("who runs X?"): the answer names them, rarely the verb.
          "wrote",
          "write",
          "writes",
          "written",
          "organizes",
          "organized",
          "organize",
          "organise",
          "organises",
          "organised",
          "runs",
          "run",
          "running",
          "leads",
          "led",
          "hosts",
          "hosted",
          "host",
          "gives",
          "giving",
          "presents",
          "presenting",
          "speaks",
          "speaking",
          // Verbs that ask for a time ("when does X open?"): the answer is the time.
          "open",
          "opens",
          "close",
          "closes",
          "start",
          "starts",
          "begin",
          "begins",
          "finish",
          "finishes");

  /**
   * Words that only ask when they follow "how" ("how long", "how far"): the answer is a length of
   * time or a distance, which the page states without the word.
   */
  private static final Set<String> ASKS_AFTER_HOW =
      Set.of("long", "far", "often", "soon", "early", "late");

  private QuestionReader() {}

  static Question read(String raw) {
    String cleaned = PLATFORM_MARKUP.matcher(raw).replaceAll(" ");

    Set<String> phrases = new LinkedHashSet<>();
    Matcher quoted = QUOTED.matcher(cleaned);
    while (quoted.find()) {
      List<String> inside = words(quoted.group(1));
      if (inside.size() > 1) {
        phrases.add(String.join(" ", inside));
      }
    }

    List<String> words = new ArrayList<>();
    String previous = null;
    String before = "";
    for (String word : words(cleaned)) {
      boolean asking =
          isFiller(word)
              || ASKS_AFTER_HOW.contains(word.toLowerCase(Locale.ROOT))
                  && before.equalsIgnoreCase("how");
      before = word;
      if (asking) {
        previous = null;
        continue;
      }
      if (words.size() == MAX_WORDS) {
        break;
      }
      if (!words.contains(word)) {
        words.add(word);
      }
      if (previous != null && phrases.size() < MAX_WORDS) {
        phrases.add(previous + " " + word);
      }
      previous = word;
    }
    return new Question(raw, words, List.copyOf(phrases));
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      String word = matcher.group();
      words.add(word.length() > MAX_WORD_CHARS ? word.substring(0, MAX_WORD_CHARS) : word);
    }
    return words;
  }

  static boolean isFiller(String word) {
    return FILLER.contains(word.toLowerCase(Locale.ROOT).replace('’', '\''))
        || ChatWords.isFiller(word);
  }
}
