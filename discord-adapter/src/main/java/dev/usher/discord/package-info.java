/**
 * Usher on Discord: slash commands, mentions and direct messages through JDA, and reminder posts.
 */
@NullMarked
package dev.usher.discord;

import org.jspecify.annotations.NullMarked;
