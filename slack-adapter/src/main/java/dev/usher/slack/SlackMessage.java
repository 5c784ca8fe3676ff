package dev.usher.slack;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;
import java.util.List;
import java.util.Objects;

/**
 * One Slack message: Block Kit blocks (at most 50, with at most {@link #MAX_BLOCK_TEXT} characters
 * of text in all) and the plain text notifications and screen readers show.
 */
record SlackMessage(String text, List<LayoutBlock> blocks) {
  static final int MAX_BLOCKS = 50;

  /**
   * Slack refuses a message whose blocks hold more than about 12,000 characters of text in total
   * ({@code msg_blocks_too_long}; undocumented, confirmed by Slack staff in slackapi/bolt-js#2509
   * as "12,000 text characters with a buffer for block containers", and #2867 saw 11,341 refused):
   * so a message keeps well below it.
   */
  static final int MAX_BLOCK_TEXT = 10_000;

  SlackMessage {
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    if (blocks.size() > MAX_BLOCKS) {
      throw new IllegalArgumentException(blocks.size() + " blocks > " + MAX_BLOCKS);
    }
  }

  /**
   * The characters of text in a section or context block, as Slack counts them against the total.
   */
  static int textLength(LayoutBlock block) {
    return switch (block) {
      case SectionBlock section -> length(section.getText());
      case ContextBlock context ->
          context.getElements().stream()
              .mapToInt(e -> e instanceof TextObject t ? length(t) : 0)
              .sum();
      default -> 0;
    };
  }

  private static int length(TextObject text) {
    return switch (text) {
      case null -> 0;
      case com.slack.api.model.block.composition.MarkdownTextObject m -> m.getText().length();
      case com.slack.api.model.block.composition.PlainTextObject p -> p.getText().length();
      default -> 0;
    };
  }
}
