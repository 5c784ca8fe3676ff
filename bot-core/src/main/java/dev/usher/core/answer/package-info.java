/** Answers to free-text questions, decided from retrieval signals; never a guess. */
@NullMarked
package dev.usher.core.answer;

import org.jspecify.annotations.NullMarked;
