/** Finds a conference's files, reads them safely, and reports what could not be read. */
@NullMarked
package dev.usher.knowledge.ingest;

import org.jspecify.annotations.NullMarked;
