/** Completion of session titles, speakers, rooms and tracks for autocomplete and the console. */
@NullMarked
package dev.usher.knowledge.complete;

import org.jspecify.annotations.NullMarked;
