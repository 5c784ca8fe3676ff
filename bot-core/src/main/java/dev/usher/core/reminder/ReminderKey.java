package dev.usher.core.reminder;

import java.util.Objects;

/**
 * What makes a reminder post unique: its kind, its subject (the day, or the session), and where it
 * goes. A post with a given key is made at most once; the ledger and the platforms know posts by
 * {@link #id()}.
 *
 * @param subject the ISO date ({@code 2026-04-24}) of a daily post, the session id of a "starting
 *     soon" post (with {@code @} and its new start, such as {@code talk@2026-06-01T08:00:00Z}, for
 *     a session that moved after it was reminded), the batch of changes of a schedule announcement
 */
public record ReminderKey(Kind kind, String subject, String platform, String channel) {
  public ReminderKey {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(channel, "channel");
    if (subject.isBlank() || platform.isBlank() || channel.isBlank()) {
      throw new IllegalArgumentException("subject, platform and channel must not be blank");
    }
  }

  /**
   * The key as one string, {@code kind/subject/platform/channel} (such as {@code
   * daily/2026-04-24/slack/C0123ABCD}): stable across releases, since ledgers store it.
   */
  public String id() {
    return kind.label() + "/" + subject + "/" + platform + "/" + channel;
  }

  @Override
  public String toString() {
    return id();
  }

  /** The kinds of reminder. */
  public enum Kind {
    DAILY("daily"),
    STARTING_SOON("soon"),
    /** A batch of schedule changes, announced once. */
    ANNOUNCEMENT("announce");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The kind's name in keys and in the dry run. */
    public String label() {
      return label;
    }
  }
}
