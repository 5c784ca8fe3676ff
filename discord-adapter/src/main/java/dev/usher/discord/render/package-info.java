/** Turns the core's replies into Discord embeds that stay within Discord's limits. */
@NullMarked
package dev.usher.discord.render;

import org.jspecify.annotations.NullMarked;
