package dev.usher.core.vocabulary;

import java.util.Locale;
import java.util.Set;

/**
 * How attendees type in chat: contractions without apostrophes, abbreviations and fillers ("im
 * unemployed rn", "cant make it tmrw pls"). None of them says what a question is about, and a word
 * absent from all the material would otherwise weigh the most. Words are compared in lower case,
 * with the typographic apostrophe as a plain one.
 */
public final class ChatWords {
  private static final Set<String> FILLER =
      Set.of(
          "im",
          "ive",
          "id",
          "ill",
          "youre",
          "were",
          "theyre",
          "dont",
          "doesnt",
          "didnt",
          "cant",
          "cannot",
          "couldnt",
          "wont",
          "wouldnt",
          "shouldnt",
          "isnt",
          "arent",
          "wasnt",
          "aint",
          "i've",
          "i'd",
          "i'll",
          "don't",
          "doesn't",
          "didn't",
          "can't",
          "won't",
          "isn't",
          "aren't",
          "rn",
          "pls",
          "plz",
          "u",
          "ur",
          "ya",
          "yr",
          "tmrw",
          "tho",
          "thx",
          "ty",
          "asap",
          "yall",
          "y'all",
          "gonna",
          "gotta",
          "wanna",
          "kinda",
          "sorta",
          "lol",
          "btw",
          "fyi",
          "imo",
          "idk",
          "tbh",
          "hmm",
          "um",
          "uh",
          "guys",
          "folks",
          "someone",
          "somebody",
          "anybody",
          "anyone",
          "everyone",
          "myself",
          "yourself",
          "ok",
          "okay",
          "pretty",
          "bit",
          "lot",
          "lots",
          "quick",
          "question",
          "questions",
          "wondering",
          "wonder",
          "curious",
          "possible",
          "allowed",
          "supposed",
          "able",
          "should",
          "still",
          "even",
          "ever");

  private ChatWords() {}

  /** Whether {@code word} is chat filler: never evidence of what a question is about. */
  public static boolean isFiller(String word) {
    return FILLER.contains(word.toLowerCase(Locale.ROOT).replace('’', '\''));
  }
}
