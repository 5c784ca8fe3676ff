/** The reminder ledger kept in a PostgreSQL database, shared by the replicas of one conference. */
@NullMarked
package dev.usher.ledger.postgres;

import org.jspecify.annotations.NullMarked;
