package dev.usher.core.platform;

import java.util.regex.Pattern;

/**
 * The name of the environment variable a platform's secret is read from, as {@code usher.yaml} may
 * set it ({@code discord.token_variable}). Secrets never stand in the file: a value that is not a
 * variable's name is refused without being repeated, since it may be the secret itself.
 */
public final class SecretVariable {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private SecretVariable() {}

  /**
   * {@code value} when it is a variable's name; {@code absent} when it is not given.
   *
   * @param setting the key it was read from, for the message ({@code discord.token_variable})
   * @throws IllegalArgumentException naming the setting, never the value
   */
  public static String name(
      String setting, @org.jspecify.annotations.Nullable Object value, String absent) {
    if (value == null) {
      return absent;
    }
    String name = String.valueOf(value).strip();
    if (!(value instanceof String) || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          setting
              + " must be the name of an environment variable (letters, digits and _, such as "
              + absent
              + "), not the secret itself");
    }
    return name;
  }
}
