/** The composition root: configuration, the command line, and the wiring of the modules. */
@NullMarked
package dev.usher.app;

import org.jspecify.annotations.NullMarked;
