/** The ./usher command line: one class per command. */
@NullMarked
package dev.usher.app.cli;

import org.jspecify.annotations.NullMarked;
