/** Writes iCalendar files with ical4j, the library that also reads the conference's calendars. */
@NullMarked
package dev.usher.knowledge.calendar;

import org.jspecify.annotations.NullMarked;
