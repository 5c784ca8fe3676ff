/** Reads documents (text, Markdown, HTML, PDF) and splits them into passages. */
@NullMarked
package dev.usher.knowledge.document;

import org.jspecify.annotations.NullMarked;
