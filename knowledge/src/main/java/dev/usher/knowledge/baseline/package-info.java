/**
 * The yardstick Usher is measured against: plain Lucene over whole documents, top hit as the
 * answer, never abstaining. Used by {@code usher eval --baseline} and the benchmarks only.
 */
@NullMarked
package dev.usher.knowledge.baseline;

import org.jspecify.annotations.NullMarked;
