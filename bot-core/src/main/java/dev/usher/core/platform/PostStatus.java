package dev.usher.core.platform;

/** Whether a platform finds a post it was asked about: see {@link ChatPlatform#findPost}. */
public enum PostStatus {
  /** The post is in the channel: every message of it was accepted. */
  FOUND,
  /** The platform looked and the post is not there (or not completely there). */
  NOT_FOUND,
  /** The platform cannot tell. */
  UNKNOWN
}
