/**
 * Replicas of {@code serve} that share a PostgreSQL state: which one leads, and what leading means
 * (the only one connected to the platforms, the only one posting).
 */
@NullMarked
package dev.usher.app.replica;

import org.jspecify.annotations.NullMarked;
