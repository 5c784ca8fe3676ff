/**
 * Schedule changes announced: the knowledge that tells who reloaded what ({@link
 * dev.usher.core.announce.ScheduleWatch}), and the announcement of each batch of changes found by
 * {@link dev.usher.core.schedule.ScheduleDiff}, posted once, with the reminders planned again.
 */
@NullMarked
package dev.usher.core.announce;

import org.jspecify.annotations.NullMarked;
