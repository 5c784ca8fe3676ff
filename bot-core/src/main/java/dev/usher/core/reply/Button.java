package dev.usher.core.reply;

import java.util.Objects;

/**
 * A button under a reply. The platform shows {@code label} and, when someone presses it, gives
 * {@code action} back to the core unchanged as a {@code Request.Press}; what the action means is
 * the core's business, never the adapter's. Limits are the tighter of every platform's: Slack's 75
 * characters of button text, Discord's 100 of a {@code custom_id}.
 *
 * @param label what the button says, 1 to {@value #MAX_LABEL} characters
 * @param action opaque to platforms, 1 to {@value #MAX_ACTION} characters of printable ASCII
 */
public record Button(String label, String action) {
  public static final int MAX_LABEL = 75;
  public static final int MAX_ACTION = 100;

  public Button {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(action, "action");
    if (label.isBlank() || label.length() > MAX_LABEL) {
      throw new IllegalArgumentException(
          "label must be 1 to " + MAX_LABEL + " characters: " + label);
    }
    if (action.isEmpty()
        || action.length() > MAX_ACTION
        || !action.chars().allMatch(c -> c > ' ' && c < 127)) {
      throw new IllegalArgumentException(
          "action must be 1 to " + MAX_ACTION + " printable ASCII characters: " + action);
    }
  }
}
