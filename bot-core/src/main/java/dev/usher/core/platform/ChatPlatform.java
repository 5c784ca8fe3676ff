package dev.usher.core.platform;

import dev.usher.core.reply.Reply;

/**
 * A running connection to one chat platform. Created by a {@link ChatPlatformProvider}; the app
 * starts it, posts reminders through it, and closes it on shutdown.
 */
public interface ChatPlatform extends AutoCloseable {

  /**
   * The platform's name as used in {@code usher.yaml} and reminder keys: {@code discord}, {@code
   * slack}.
   */
  String name();

  /** Connects and starts answering; returns once connected or throws why it could not. */
  void start() throws Exception;

  /**
   * Posts {@code reply} to the channel, split into several messages when it exceeds the platform's
   * limits. Returns only after the platform accepted every message.
   *
   * @throws PostException when the platform refused or could not be reached; says whether and when
   *     a retry may succeed
   */
  void post(String channelId, Reply reply) throws PostException;

  /**
   * Posts {@code reply} like {@link #post(String, Reply)}, tagged with {@code postKey} so that
   * {@link #findPost} can recognise it later. Reminders post through this method; the key is an
   * opaque string of at most 200 characters ({@code daily/2026-04-24/slack/C0123ABCD}) that is the
   * same for every attempt of the same post.
   *
   * <p>Adapters that can should tag every message of the post with the key in a way they can read
   * back from the channel's history: Slack's message {@code metadata} (an {@code event_type} such
   * as {@code usher_reminder} with the key in {@code event_payload}), Discord's {@code nonce} with
   * {@code enforce_nonce} (which also makes a retried request within a few minutes return the first
   * message instead of a copy) plus a marker readable from history, such as the key in an embed
   * footer or field. The default posts untagged.
   *
   * @throws PostException as {@link #post(String, Reply)}
   */
  default void post(String channelId, Reply reply, String postKey) throws PostException {
    post(channelId, reply);
  }

  /**
   * Whether a post tagged with {@code postKey} by {@link #post(String, Reply, String)} is in the
   * channel. Asked only after an interrupted attempt (a crash, a dropped connection or a 5xx
   * between sending and recording the post), so the scheduler neither loses nor repeats it.
   *
   * <p>Contract: look at the channel's messages posted by this bot since {@code since} (never more
   * than a day back); answer {@link PostStatus#FOUND} only when the last message of the post is
   * there (messages of a split post are sent in order, so then all of them are), {@link
   * PostStatus#NOT_FOUND} when none or only some are there, and {@link PostStatus#UNKNOWN} when the
   * platform cannot tell (the default). Never posts anything.
   *
   * @throws PostException when the platform could not be asked; retryable as for a post
   */
  default PostStatus findPost(String channelId, String postKey, java.time.Instant since)
      throws PostException {
    return PostStatus.UNKNOWN;
  }

  /**
   * Sends {@code reply} to one person in a direct message (the agenda's message before a starred
   * session), tagged with {@code postKey} like {@link #post(String, Reply, String)}: Discord opens
   * the DM channel first, Slack opens the conversation with {@code conversations.open}. The default
   * refuses: the platform cannot message a person.
   *
   * @throws PostException when the platform refused (the person accepts no messages from the bot,
   *     is unknown, the bot lacks the permission: not retryable) or could not be reached
   */
  default void postDirect(String userId, Reply reply, String postKey) throws PostException {
    throw new PostException(
        name() + " cannot send direct messages", false, java.time.Duration.ZERO, null);
  }

  /**
   * Whether a direct message tagged with {@code postKey} by {@link #postDirect} is in the DM with
   * {@code userId}: {@link #findPost}'s contract, on that person's DM channel. Asked before sending
   * a DM the ledger does not know that was due before this process started (a lost ledger, a
   * restart in the middle of a DM's minute), and after an interrupted attempt. The default cannot
   * tell.
   *
   * @throws PostException when the platform could not be asked, or refused to open the DM
   */
  default PostStatus findDirect(String userId, String postKey, java.time.Instant since)
      throws PostException {
    return PostStatus.UNKNOWN;
  }

  @Override
  void close();
}
