/** Work a start does on other cores while it does the rest. */
@NullMarked
package dev.usher.core.concurrent;

import org.jspecify.annotations.NullMarked;
