/**
 * The knowledge module's entry point: the core's search and schedule ports, implemented with
 * Lucene.
 */
@NullMarked
package dev.usher.knowledge;

import org.jspecify.annotations.NullMarked;
