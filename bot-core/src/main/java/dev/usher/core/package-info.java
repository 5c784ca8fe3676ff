/**
 * The platform-neutral heart of Usher: a {@link dev.usher.core.Bot} takes requests and gives
 * replies.
 */
@NullMarked
package dev.usher.core;

import org.jspecify.annotations.NullMarked;
