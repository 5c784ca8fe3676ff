/** The driven port through which the core reads the conference's documents and schedule. */
@NullMarked
package dev.usher.core.knowledge;

import org.jspecify.annotations.NullMarked;
