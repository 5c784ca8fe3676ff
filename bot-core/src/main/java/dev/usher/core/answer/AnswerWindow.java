package dev.usher.core.answer;

import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.reply.Snippet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the sentences of a passage to quote: the shortest run of consecutive sentences, at most a
 * given length, that holds the most distinct matched words and, when the question asks for a time,
 * place, person or number, one of those.
 */
final class AnswerWindow {
  private static final Pattern SENTENCE_END =
      Pattern.compile("\\n+|(?<=[.!?])\\s+(?=[\\p{Lu}\\d•\"“(])");

  private static final int DESCRIPTION_CHARS = 550;

  /** A quote shorter than this is grown with the sentences after it: an answer needs context. */
  static final int CONTEXT_CHARS = 320;

  /** Breaks ties only: less than any matched word or intent fit is worth. */
  private static final double LEAD_BONUS = 0.01;

  private AnswerWindow() {}

  static Snippet choose(Snippet passage, Intent intent, int maxChars) {
    return choose(passage, intent, maxChars, 0);
  }

  /**
   * Like {@link #choose(Snippet, Intent, int)}, never quoting the first {@code headingChars}
   * characters (the passage's heading, which the source line shows) unless nothing follows them: a
   * heading alone ("Wi-Fi", "Weapons Policy") is never an answer.
   */
  static Snippet choose(Snippet passage, Intent intent, int maxChars, int headingChars) {
    List<int[]> all = sentences(passage.text());
    List<int[]> sentences = all.stream().filter(s -> s[0] >= headingChars).toList();
    if (sentences.isEmpty()) {
      sentences = all;
    }
    if (sentences.isEmpty()) {
      return passage;
    }
    // Each sentence is read once; a window's score is then built from its sentences.
    List<Set<String>> words = new ArrayList<>();
    boolean[] answers = new boolean[sentences.size()];
    AnswerSpans answerSpans = intent.answersIn(passage.text());
    for (int i = 0; i < sentences.size(); i++) {
      int[] sentence = sentences.get(i);
      words.add(matchedWords(passage, sentence[0], sentence[1]));
      answers[i] = intent != Intent.ANY && answerSpans.within(sentence[0], sentence[1]);
    }
    // A quote starts where its evidence starts, or where its section does: not one sentence early.
    boolean[] leads = new boolean[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      leads[i] = i == 0 || !words.get(i).isEmpty() || answers[i];
    }
    int bestStart = 0;
    int bestEnd = 0;
    double bestScore = -1;
    int bestLength = Integer.MAX_VALUE;
    for (int i = 0; i < sentences.size(); i++) {
      Set<String> inWindow = new HashSet<>();
      boolean fits = false;
      for (int j = i; j < sentences.size(); j++) {
        int from = sentences.get(i)[0];
        int to = sentences.get(j)[1];
        int length = to - from;
        if (length > maxChars && j > i) {
          break;
        }
        inWindow.addAll(words.get(j));
        fits |= answers[j];
        double score =
            inWindow.size()
                + (fits ? 1.5 : 0)
                + (intent == Intent.DESCRIBE ? fullness(passage, from, to) : 0)
                + (leads[i] ? LEAD_BONUS : 0);
        // Equal evidence: the shorter window; the context after it is added below.
        if (score > bestScore || (score == bestScore && length < bestLength)) {
          bestScore = score;
          bestStart = from;
          bestEnd = to;
          bestLength = length;
        }
      }
    }
    bestEnd =
        withFollowingSentences(sentences, bestEnd, bestStart, Math.min(maxChars, CONTEXT_CHARS));
    return SnippetTrimmer.trim(slice(passage, bestStart, bestEnd), maxChars);
  }

  /**
   * The end of the window grown by the sentences that follow it while it stays within {@code
   * budget} characters: the sentence that names the thing asked about is often followed by the one
   * that answers ("Photography" / "Ask before taking pictures", "Directions:" / the steps).
   */
  private static int withFollowingSentences(List<int[]> sentences, int end, int start, int budget) {
    int grown = end;
    for (int[] sentence : sentences) {
      if (sentence[0] >= grown) {
        if (sentence[1] - start > budget) {
          break;
        }
        grown = sentence[1];
      }
    }
    return grown;
  }

  private static Set<String> matchedWords(Snippet passage, int from, int to) {
    Set<String> words = new HashSet<>();
    for (Snippet.Span span : passage.emphasis()) {
      if (span.start() >= from && span.end() <= to) {
        words.add(Intent.stem(passage.text().substring(span.start(), span.end())));
      }
    }
    return words;
  }

  /**
   * A description reads better whole, and what follows the first mention of the thing asked about
   * is what describes it: prefer more text after that mention, up to the length limit.
   */
  private static double fullness(Snippet passage, int from, int to) {
    int firstMatch = to;
    for (Snippet.Span span : passage.emphasis()) {
      if (span.start() >= from && span.end() <= to) {
        firstMatch = span.start();
        break;
      }
    }
    return Math.min(to - firstMatch, DESCRIPTION_CHARS) / 150.0;
  }

  /**
   * Whether most sentences of {@code passage} after its heading are questions: a list of questions
   * ("Can I get a refund?") names what attendees ask, not the answer. A question with its answer is
   * half questions, so FAQ pairs are not taken for a list.
   */
  static boolean mostlyAsks(Snippet passage, int headingChars) {
    // Most passages ask nothing: without a question mark after the heading, no sentence there is a
    // question, and splitting into sentences would be wasted.
    if (passage.text().indexOf('?', headingChars) < 0) {
      return false;
    }
    List<int[]> sentences =
        sentences(passage.text()).stream().filter(s -> s[0] >= headingChars).toList();
    long questions = sentences.stream().filter(s -> passage.text().charAt(s[1] - 1) == '?').count();
    return 2 * questions > sentences.size();
  }

  /**
   * How many leading characters of {@code hit}'s text are its section heading, which is not quoted.
   */
  static int headingChars(PassageHit hit) {
    String heading = hit.source().section().orElse("");
    return !heading.isEmpty() && hit.text().text().startsWith(heading) ? heading.length() : 0;
  }

  /** [start, end) of each sentence or line, without the whitespace between them. */
  private static List<int[]> sentences(String text) {
    List<int[]> sentences = new ArrayList<>();
    Matcher boundary = SENTENCE_END.matcher(text);
    int start = 0;
    while (boundary.find()) {
      add(sentences, text, start, boundary.start());
      start = boundary.end();
    }
    add(sentences, text, start, text.length());
    return sentences;
  }

  private static void add(List<int[]> sentences, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      sentences.add(new int[] {start, end});
    }
  }

  static Snippet slice(Snippet passage, int from, int to) {
    List<Snippet.Span> spans = new ArrayList<>();
    for (Snippet.Span span : passage.emphasis()) {
      if (span.start() >= from && span.end() <= to) {
        spans.add(new Snippet.Span(span.start() - from, span.end() - from));
      }
    }
    return new Snippet(passage.text().substring(from, to), spans);
  }
}
