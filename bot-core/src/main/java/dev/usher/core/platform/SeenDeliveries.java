package dev.usher.core.platform;

/**
 * Which platform deliveries were already taken, by the delivery's own id (a Slack {@code event_id}
 * or slash command {@code trigger_id}): a platform delivers again what it thinks was lost (a retry,
 * a Socket Mode envelope re-sent, a replayed signed request), and each must be answered once. Kept
 * in a file, it also covers a retry that arrives after a restart.
 *
 * <p>Implementations are thread-safe and remember an id at least for {@link #RETENTION_HOURS}
 * hours, longer than any platform retries.
 */
public interface SeenDeliveries {
  /** How long an id is remembered at least: Slack retries for minutes, replays for 5 minutes. */
  int RETENTION_HOURS = 24;

  /**
   * Records {@code deliveryId} and says whether this is its first delivery.
   *
   * @param deliveryId the platform's id for the delivery, prefixed with its kind (such as {@code
   *     slack:event:Ev123}) so ids of different kinds never meet
   * @return true the first time the id is offered, false for every later offer
   * @throws IllegalStateException when a durable store cannot be read or written
   */
  boolean firstDelivery(String deliveryId);

  /**
   * Remembers the last {@code capacity} ids in memory: enough within one run, lost at a restart.
   */
  static SeenDeliveries inMemory(int capacity) {
    return new InMemorySeenDeliveries(capacity);
  }
}
