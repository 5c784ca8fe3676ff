package dev.usher.core.reminder;

import java.util.Random;

/** Decides, from a seeded random, whether the process dies at a named point. Off by default. */
final class CrashPoints {
  private final Random random;
  private final double probability;
  private int crashes;
  private int acceptedThenCrashed;

  private CrashPoints(Random random, double probability) {
    this.random = random;
    this.probability = probability;
  }

  static CrashPoints never() {
    return new CrashPoints(new Random(0), 0);
  }

  static CrashPoints random(Random random, double probability) {
    return new CrashPoints(random, probability);
  }

  void maybeCrash(String where) {
    if (probability > 0 && random.nextDouble() < probability) {
      crashes++;
      if (where.equals("platform accepted") || where.equals("before done recorded")) {
        acceptedThenCrashed++;
      }
      throw new ProcessKilled(where);
    }
  }

  int crashes() {
    return crashes;
  }

  /**
   * Crashes after the platform accepted a post and before the ledger recorded it (ledger writes
   * only follow an accepted post, so "before done recorded" is in that gap too).
   */
  int acceptedThenCrashed() {
    return acceptedThenCrashed;
  }
}
