package dev.usher.core.reminder;

/**
 * Simulates the process dying at a point: an {@link Error}, so the scheduler (which catches
 * exceptions only) lets it through to the test, which then drops the scheduler.
 */
final class ProcessKilled extends Error {
  private static final long serialVersionUID = 1L;

  ProcessKilled(String where) {
    super("killed " + where, null, false, false);
  }
}
