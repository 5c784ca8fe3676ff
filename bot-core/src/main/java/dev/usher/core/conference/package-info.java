/** What the bot knows about the conference it serves. */
@NullMarked
package dev.usher.core.conference;

import org.jspecify.annotations.NullMarked;
