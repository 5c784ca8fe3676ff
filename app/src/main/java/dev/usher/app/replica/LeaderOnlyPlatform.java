package dev.usher.app.replica;

import dev.usher.core.platform.ChatPlatform;
import dev.usher.core.platform.PostException;
import dev.usher.core.platform.PostStatus;
import dev.usher.core.reply.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * A platform that posts only while this replica surely leads ({@link Leadership#mayPost()}): the
 * last gate before a post leaves, for the moments between losing the lease and the term's end. A
 * refused post is retryable, so the scheduler keeps it for the next leader's term, which starts
 * from the ledger and the channel's history.
 */
final class LeaderOnlyPlatform implements ChatPlatform {
  private final ChatPlatform platform;
  private final BooleanSupplier mayPost;

  LeaderOnlyPlatform(ChatPlatform platform, BooleanSupplier mayPost) {
    this.platform = Objects.requireNonNull(platform, "platform");
    this.mayPost = Objects.requireNonNull(mayPost, "mayPost");
  }

  @Override
  public String name() {
    return platform.name();
  }

  @Override
  public void start() throws Exception {
    platform.start();
  }

  @Override
  public void post(String channelId, Reply reply) throws PostException {
    checkLeading();
    platform.post(channelId, reply);
  }

  @Override
  public void post(String channelId, Reply reply, String postKey) throws PostException {
    checkLeading();
    platform.post(channelId, reply, postKey);
  }

  @Override
  public PostStatus findPost(String channelId, String postKey, Instant since) throws PostException {
    return platform.findPost(channelId, postKey, since);
  }

  private void checkLeading() throws PostException {
    if (!mayPost.getAsBoolean()) {
      throw new PostException(
          "not posted: this replica's lease could not be renewed in time",
          true,
          Duration.ZERO,
          null);
    }
  }

  @Override
  public void close() {
    platform.close();
  }
}
