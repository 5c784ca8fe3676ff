/**
 * Text analysis shared by indexing and searching: English, case- and accent-insensitive, with
 * synonyms at query time.
 */
@NullMarked
package dev.usher.knowledge.analysis;

import org.jspecify.annotations.NullMarked;
