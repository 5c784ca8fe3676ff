/**
 * Slack through Bolt for Java: mentions, direct messages and slash commands in, Block Kit out, and
 * posting for reminders. Socket Mode by default, HTTP as an option.
 */
@NullMarked
package dev.usher.slack;

import org.jspecify.annotations.NullMarked;
