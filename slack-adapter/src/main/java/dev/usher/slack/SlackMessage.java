package dev.usher.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/**
 * One Slack message: Block Kit blocks (at most 50) and the plain text notifications and screen
 * readers show.
 */
record SlackMessage(String text, List<LayoutBlock> blocks) {
  static final int MAX_BLOCKS = 50;

  SlackMessage {
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    if (blocks.size() > MAX_BLOCKS) {
      throw new IllegalArgumentException(blocks.size() + " blocks > " + MAX_BLOCKS);
    }
  }
}
