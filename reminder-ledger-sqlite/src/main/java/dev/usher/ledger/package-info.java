/** The reminder ledger kept in an embedded SQLite file. */
@NullMarked
package dev.usher.ledger;

import org.jspecify.annotations.NullMarked;
