/**
 * The organizer's loop: the questions the bot declined, the answers marked unhelpful and the
 * answers that could not be delivered, kept without who asked, grouped into a report.
 */
@NullMarked
package dev.usher.core.questions;

import org.jspecify.annotations.NullMarked;
