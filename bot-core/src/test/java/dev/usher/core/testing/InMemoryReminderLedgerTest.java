package dev.usher.core.testing;

import dev.usher.core.reminder.ReminderLedger;

/** The in-memory ledger the adapters' tests restart on keeps the ledger's promises. */
class InMemoryReminderLedgerTest extends ReminderLedgerContract {
  private final InMemoryReminderLedger storage = new InMemoryReminderLedger();

  @Override
  protected ReminderLedger open() {
    return storage;
  }

  @Override
  protected void close(ReminderLedger ledger) {}
}
