package dev.usher.core.reminder;

import java.util.Objects;

/**
 * What makes a reminder post unique: its kind, its subject (the day, or the session), and where it
 * goes. A post with a given key is made at most once; the ledger and the platforms know posts by
 * {@link #id()}.
 *
 * @param subject the ISO date ({@code 2026-04-24}) of a daily post, the session id of a "starting
 *     soon" post (with {@code @} and its new start, such as {@code talk@2026-06-01T08:00:00Z}, for
 *     a session that moved after it was reminded), the batch of changes of a schedule announcement,
 *     {@code token/session/start} of an agenda's direct message (the agenda's random token, never
 *     the user id: see {@link #id()})
 * @param channel the channel posted to; for a {@link Kind#direct()} kind, the user id messaged
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
   * daily/2026-04-24/slack/C0123ABCD}): stable across releases, since ledgers store it. A direct
   * message's key leaves the user id out, {@code agenda/platform/subject} (such as {@code
   * agenda/discord/0b6f.../talk-7/2026-06-01T08:00:00Z}): ledgers and logs then hold no user id,
   * and a session that moves gets a new key.
   */
  public String id() {
    return kind.direct()
        ? kind.label() + "/" + platform + "/" + subject
        : kind.label() + "/" + subject + "/" + platform + "/" + channel;
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
    ANNOUNCEMENT("announce"),
    /** A direct message to one person before a session they starred. */
    AGENDA("agenda");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /**
     * Whether posts of this kind go to a person (the key's channel is a user id), not a channel.
     */
    public boolean direct() {
      return this == AGENDA;
    }

    /** The kind's name in keys and in the dry run. */
    public String label() {
      return label;
    }
  }
}
