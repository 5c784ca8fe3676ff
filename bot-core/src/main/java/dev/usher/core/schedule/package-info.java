/** Conference sessions and the questions asked about them. */
@NullMarked
package dev.usher.core.schedule;

import org.jspecify.annotations.NullMarked;
