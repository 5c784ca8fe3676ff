/**
 * Schedule reminders: what to post and when ({@link dev.usher.core.reminder.ReminderPlanner}), a
 * ledger that makes each post happen once ({@link dev.usher.core.reminder.ReminderLedger}), and the
 * scheduler that posts them through the chat platforms ({@link
 * dev.usher.core.reminder.ReminderScheduler}).
 */
@NullMarked
package dev.usher.core.reminder;

import org.jspecify.annotations.NullMarked;
