package dev.usher.core.reminder;

import dev.usher.core.platform.ChatPlatform;
import dev.usher.core.platform.PostException;
import dev.usher.core.platform.PostStatus;
import dev.usher.core.reply.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * A chat platform that keeps what was posted (it stands for Discord's or Slack's servers, so it
 * outlives a killed bot). Failures are scripted or drawn at random; it can also kill the process
 * before or after accepting a post.
 */
final class FakePlatform implements ChatPlatform {
  private final String name;
  private final Clock clock;
  private final boolean canFind;
  private final List<Message> messages = new ArrayList<>();
  private final Deque<Failure> scripted = new ArrayDeque<>();
  private final List<Instant> attempts = new ArrayList<>();
  private final List<Instant> lookups = new ArrayList<>();
  private CrashPoints crashes = CrashPoints.never();
  private Runnable duringLookup = () -> {};
  private Random random = new Random(0);
  private double failureRate;
  private int droppedAfterAccept;

  FakePlatform(String name, Clock clock, boolean canFind) {
    this.name = name;
    this.clock = clock;
    this.canFind = canFind;
  }

  /** The next attempts fail as given, in order. */
  FakePlatform failNext(Failure... failures) {
    scripted.addAll(List.of(failures));
    return this;
  }

  /** Runs {@code action} inside each look-up: a slow platform moves the clock on, say. */
  FakePlatform duringLookup(Runnable action) {
    this.duringLookup = action;
    return this;
  }

  void crashWith(CrashPoints points) {
    this.crashes = points;
  }

  /** Each attempt fails with a retryable error at {@code rate}, half of them after accepting. */
  void failAtRandom(Random random, double rate) {
    this.random = random;
    this.failureRate = rate;
  }

  List<Message> messages() {
    return List.copyOf(messages);
  }

  /** Posts stored although the bot was told they failed (a connection dropped after sending). */
  int droppedAfterAccept() {
    return droppedAfterAccept;
  }

  /** The {@code since} of every {@link #findPost} asked, in order. */
  List<Instant> lookups() {
    return List.copyOf(lookups);
  }

  List<Instant> attempts() {
    return List.copyOf(attempts);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void start() {}

  @Override
  public void post(String channelId, Reply reply) {
    throw new UnsupportedOperationException("reminders post with a key");
  }

  @Override
  public void post(String channelId, Reply reply, String postKey) throws PostException {
    attempts.add(clock.instant());
    crashes.maybeCrash("before platform accepted");
    Failure failure = scripted.poll();
    if (failure == null && failureRate > 0 && random.nextDouble() < failureRate) {
      failure =
          random.nextBoolean() ? Failure.serverError() : Failure.acceptedButConnectionDropped();
    }
    if (failure != null && !failure.accepted()) {
      throw failure.exception();
    }
    messages.add(new Message(channelId, postKey, reply, clock.instant()));
    crashes.maybeCrash("platform accepted");
    if (failure != null) {
      droppedAfterAccept++;
      throw failure.exception();
    }
  }

  /** A direct message is kept as a message to channel {@code dm:USER}. */
  @Override
  public void postDirect(String userId, Reply reply, String postKey) throws PostException {
    post("dm:" + userId, reply, postKey);
  }

  @Override
  public PostStatus findPost(String channelId, String postKey, Instant since) {
    lookups.add(since);
    duringLookup.run();
    if (!canFind) {
      return PostStatus.UNKNOWN;
    }
    return messages.stream()
            .anyMatch(
                m ->
                    m.channel().equals(channelId)
                        && m.key().equals(postKey)
                        && !m.at().isBefore(since))
        ? PostStatus.FOUND
        : PostStatus.NOT_FOUND;
  }

  @Override
  public PostStatus findDirect(String userId, String postKey, Instant since) {
    return findPost("dm:" + userId, postKey, since);
  }

  @Override
  public void close() {}

  record Message(String channel, String key, Reply reply, Instant at) {}

  /**
   * A failed attempt.
   *
   * @param accepted whether the platform posted the message before the failure was seen (a dropped
   *     connection after the request got through)
   */
  record Failure(PostException exception, boolean accepted) {
    static Failure rateLimited(Duration retryAfter) {
      return new Failure(new PostException("429 Too Many Requests", true, retryAfter, null), false);
    }

    static Failure serverError() {
      return new Failure(
          new PostException("503 Service Unavailable", true, Duration.ZERO, null), false);
    }

    static Failure acceptedButConnectionDropped() {
      return new Failure(new PostException("connection reset", true, Duration.ZERO, null), true);
    }

    static Failure forbidden() {
      return new Failure(
          new PostException("403 Missing Access", false, Duration.ZERO, null), false);
    }
  }
}
