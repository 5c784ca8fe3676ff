/** Sentence vectors for passages, sessions and questions: the semantic half of the search. */
@NullMarked
package dev.usher.knowledge.semantic;

import org.jspecify.annotations.NullMarked;
