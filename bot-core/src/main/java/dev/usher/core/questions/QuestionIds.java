package dev.usher.core.questions;

import java.security.SecureRandom;

/**
 * Short random ids for logged questions: ten base-36 characters (about 52 bits), so a button's
 * action stays short and an id cannot be guessed from another.
 */
public final class QuestionIds {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
  static final int LENGTH = 10;

  private QuestionIds() {}

  public static String next() {
    char[] id = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      id[i] = DIGITS.charAt(RANDOM.nextInt(DIGITS.length()));
    }
    return new String(id);
  }
}
