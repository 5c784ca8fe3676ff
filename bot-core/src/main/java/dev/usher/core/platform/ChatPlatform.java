package dev.usher.core.platform;

import dev.usher.core.reply.Reply;

/**
 * A running connection to one chat platform. Created by a {@link ChatPlatformProvider}; the app
 * starts it, posts reminders through it, and closes it on shutdown.
 */
public interface ChatPlatform extends AutoCloseable {

  /** The platform's name as used in {@code usher.yaml} and reminder keys: {@code discord}, {@code slack}. */
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

  @Override
  void close();
}
