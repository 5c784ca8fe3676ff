/**
 * Schedules published at a URL: fetched with conditional requests, checked, and kept as a last good
 * copy on disk that the conference reader reads like a file.
 */
@NullMarked
package dev.usher.knowledge.fetch;

import org.jspecify.annotations.NullMarked;
