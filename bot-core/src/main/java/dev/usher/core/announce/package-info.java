/**
 * Schedule changes: what changed between two versions of a schedule ({@link
 * dev.usher.core.announce.ScheduleDiff}) and the announcement of it, posted once per batch.
 */
@NullMarked
package dev.usher.core.announce;

import org.jspecify.annotations.NullMarked;
