/**
 * The words every reader of attendee questions shares: chat filler that is never evidence, so that
 * page and schedule questions agree on what a word means.
 */
@NullMarked
package dev.usher.core.vocabulary;

import org.jspecify.annotations.NullMarked;
