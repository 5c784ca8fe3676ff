package dev.usher.app;

/** The exit codes of {@code ./usher}, as the README lists them. */
public final class ExitCode {
  /** Done; for {@code check} and {@code eval}: no problem, every question passed. */
  public static final int OK = 0;

  /** {@code check} found problems; {@code eval} had questions that failed. */
  public static final int PROBLEMS = 1;

  /** Bad input: a wrong option, setting or file (picocli's usage errors use 2 too). */
  public static final int BAD_INPUT = 2;

  /** {@code serve} found no platform token in the environment. */
  public static final int NO_PLATFORM = 3;

  /** {@code serve} could not connect a platform (network, token). */
  public static final int PLATFORM_FAILED = 4;

  /**
   * {@code serve}'s state cannot be used: another {@code serve} holds the folder, or the ledger is
   * damaged, read-only or from a newer Usher, or the replicas' shared database cannot be reached.
   */
  public static final int STATE_UNUSABLE = 5;

  private ExitCode() {}
}
