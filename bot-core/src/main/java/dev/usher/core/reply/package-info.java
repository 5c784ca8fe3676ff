/** Replies in a neutral model that each chat platform renders in its own way. */
@NullMarked
package dev.usher.core.reply;

import org.jspecify.annotations.NullMarked;
