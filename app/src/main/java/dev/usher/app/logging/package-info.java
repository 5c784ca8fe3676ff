/** How the app's log reads: what it leaves out because a one-line message already says it. */
@NullMarked
package dev.usher.app.logging;

import org.jspecify.annotations.NullMarked;
