/** Replies as terminal text and as JSON lines. */
@NullMarked
package dev.usher.app.render;

import org.jspecify.annotations.NullMarked;
