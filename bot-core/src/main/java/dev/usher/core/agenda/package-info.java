/**
 * Personal agendas: the sessions a person starred, kept per platform and user id by an {@link
 * dev.usher.core.agenda.AgendaStore} (the only place that holds platform user ids), the commands
 * that read and change them, the direct messages before each starred session, and the calendar file
 * of an agenda.
 */
@NullMarked
package dev.usher.core.agenda;

import org.jspecify.annotations.NullMarked;
