package dev.usher.core.command;

/**
 * Who asks, as the platform knows it; the core decides what each may do (organizer-only commands).
 * Each adapter says how a person becomes an organizer: Manage Server on Discord, a workspace admin
 * or a user listed in {@code usher.yaml} on Slack, the operator at the terminal in the console.
 */
public enum CallerRole {
  /** Anyone at the conference. */
  ATTENDEE,
  /** Someone running the conference: may also reload its documents and schedule. */
  ORGANIZER
}
