/**
 * Reads conference schedules (iCalendar, pretalx/frab JSON, frab XML, and Usher's own YAML and CSV
 * format) into {@link dev.usher.core.conference.Session}s, reporting what it could not read.
 */
@NullMarked
package dev.usher.knowledge.schedule;

import org.jspecify.annotations.NullMarked;
