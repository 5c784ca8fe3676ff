/**
 * {@code ./usher check}: what a conference folder holds and every problem, without starting
 * anything.
 */
@NullMarked
package dev.usher.app.check;

import org.jspecify.annotations.NullMarked;
