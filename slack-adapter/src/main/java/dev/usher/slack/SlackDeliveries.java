package dev.usher.slack;

import dev.usher.core.platform.SeenDeliveries;
import org.jspecify.annotations.Nullable;

/**
 * Slack's ids in the app's {@link SeenDeliveries}: an event by its {@code event_id} (the same in
 * every retry and every re-sent Socket Mode envelope), a slash command by its {@code trigger_id}
 * (the same in a replayed request), a button click by who clicked which action when (see {@link
 * #firstClick}). Thread-safe.
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

  /**
   * True the first time this click arrives. Slack's {@code block_actions} payload has no delivery
   * id of its own, and Bolt does not pass a Socket Mode envelope's id to a handler; but a re-sent
   * envelope and an HTTP retry carry the same payload, and in it the action's {@code action_ts}
   * (when the click happened, to the microsecond) with the user and the {@code action_id} names one
   * click. A click missing any of them cannot be matched: true.
   */
  boolean firstClick(
      @Nullable String userId, @Nullable String actionId, @Nullable String actionTs) {
    if (userId == null || actionId == null || actionTs == null) {
      return true;
    }
    return seen.firstDelivery("slack:action:" + userId + ":" + actionId + ":" + actionTs);
  }
}
