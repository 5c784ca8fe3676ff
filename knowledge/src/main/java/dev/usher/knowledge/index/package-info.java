/** The Lucene index: its schema, building it, and searching it. */
@NullMarked
package dev.usher.knowledge.index;

import org.jspecify.annotations.NullMarked;
