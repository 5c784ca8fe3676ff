/**
 * Fakes of bot-core's ports for tests, shared with the adapters through bot-core's test-jar:
 * simple, honest in-memory implementations rather than mocks.
 */
@NullMarked
package dev.usher.core.testing;

import org.jspecify.annotations.NullMarked;
