package dev.usher.slack;

import dev.usher.core.platform.SeenDeliveries;
import org.jspecify.annotations.Nullable;

/**
 * Slack's ids in the app's {@link SeenDeliveries}: an event by its {@code event_id} (the same in
 * every retry and every re-sent Socket Mode envelope), a slash command by its {@code trigger_id}
 * (the same in a replayed request). Thread-safe.
 */
final class SlackDeliveries {
  private final SeenDeliveries seen;

  SlackDeliveries(SeenDeliveries seen) {
    this.seen = seen;
  }

  /** True the first time this event arrives; an event without an id cannot be matched: true. */
  boolean firstEvent(@Nullable String eventId) {
    return eventId == null || seen.firstDelivery("slack:event:" + eventId);
  }

  /** True the first time this slash command arrives; one without a trigger id: true. */
  boolean firstCommand(@Nullable String triggerId) {
    return triggerId == null || seen.firstDelivery("slack:command:" + triggerId);
  }
}
