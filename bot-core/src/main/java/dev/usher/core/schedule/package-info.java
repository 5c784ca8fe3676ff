/** The questions attendees ask about the schedule, and the commands that look it up. */
@NullMarked
package dev.usher.core.schedule;

import org.jspecify.annotations.NullMarked;
