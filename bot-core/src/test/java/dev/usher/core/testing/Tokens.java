package dev.usher.core.testing;

import dev.usher.core.reply.Snippet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text cut into lower-case words of letters and digits, each with where it stands in the text.
 * Nothing else: no stems, accents or synonyms, so a fake's match is plain word overlap.
 */
record Tokens(List<Token> tokens) {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  Tokens {
    tokens = List.copyOf(tokens);
  }

  /** One word: its lower-case form and its half-open range {@code [start, end)} in the text. */
  record Token(String form, int start, int end) {}

  static Tokens of(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      tokens.add(
          new Token(matcher.group().toLowerCase(Locale.ROOT), matcher.start(), matcher.end()));
    }
    return new Tokens(tokens);
  }

  /** The lower-case forms of the words of {@code text}, in order. */
  static List<String> forms(String text) {
    return of(text).tokens().stream().map(Token::form).toList();
  }

  /**
   * Where the words of {@code wanted} stand next to each other in this text, each run as a span of
   * the text; {@code wanted} is cut into words like the text (so "Wi-Fi" finds "wi fi").
   */
  List<Snippet.Span> find(String wanted) {
    List<String> forms = forms(wanted);
    List<Snippet.Span> found = new ArrayList<>();
    if (forms.isEmpty()) {
      return found;
    }
    for (int i = 0; i + forms.size() <= tokens.size(); i++) {
      if (runsAt(i, forms)) {
        found.add(new Snippet.Span(tokens.get(i).start(), tokens.get(i + forms.size() - 1).end()));
      }
    }
    return found;
  }

  boolean contains(String wanted) {
    return !find(wanted).isEmpty();
  }

  private boolean runsAt(int index, List<String> forms) {
    for (int j = 0; j < forms.size(); j++) {
      if (!tokens.get(index + j).form().equals(forms.get(j))) {
        return false;
      }
    }
    return true;
  }
}
