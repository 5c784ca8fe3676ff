/**
 * What {@code usher serve} keeps in a conference's state folder: the instance lock and the ledger.
 */
@NullMarked
package dev.usher.app.state;

import org.jspecify.annotations.NullMarked;
