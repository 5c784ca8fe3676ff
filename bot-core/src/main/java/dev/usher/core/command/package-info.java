/** The one catalog of commands every chat platform registers. */
@NullMarked
package dev.usher.core.command;

import org.jspecify.annotations.NullMarked;
