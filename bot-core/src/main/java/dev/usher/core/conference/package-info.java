/**
 * What the bot knows about the conference it serves: its name and zone, its sessions and how a
 * schedule changed. The ground floor of the core: it depends on nothing else in it.
 */
@NullMarked
package dev.usher.core.conference;

import org.jspecify.annotations.NullMarked;
