package dev.usher.ledger.postgres;

import dev.usher.core.reminder.ReminderLedger;
import dev.usher.core.testing.ReminderLedgerContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

@Tag("slow")
class PostgresReminderLedgerContractTest extends ReminderLedgerContract {
  private PostgresLocation database;

  @BeforeEach
  void emptyDatabase() {
    database = PostgresLocation.parse(ThrowAwayPostgres.get().newDatabase());
  }

  @Override
  protected ReminderLedger open() {
    return PostgresReminderLedger.open(database);
  }

  @Override
  protected void close(ReminderLedger ledger) {
    ((PostgresReminderLedger) ledger).close();
  }
}
