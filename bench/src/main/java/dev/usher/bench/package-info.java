/**
 * Benchmarks Usher against the peers a team would otherwise build (SQLite FTS5, plain Lucene) on
 * the same generated corpora and the same questions, and writes the figures as markdown.
 */
@NullMarked
package dev.usher.bench;

import org.jspecify.annotations.NullMarked;
