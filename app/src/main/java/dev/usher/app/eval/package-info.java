/** Runs attendee question sets and reports what passed. */
@NullMarked
package dev.usher.app.eval;

import org.jspecify.annotations.NullMarked;
