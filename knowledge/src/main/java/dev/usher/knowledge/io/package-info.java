/** Plain words for why a file could not be read, for the problems an organizer reads. */
@NullMarked
package dev.usher.knowledge.io;

import org.jspecify.annotations.NullMarked;
