package dev.usher.ledger;

import dev.usher.core.reminder.ReminderLedger;
import dev.usher.core.testing.ReminderLedgerContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteReminderLedgerContractTest extends ReminderLedgerContract {
  @TempDir Path folder;

  @Override
  protected ReminderLedger open() {
    return SqliteReminderLedger.open(folder.resolve("ledger.db"));
  }

  @Override
  protected void close(ReminderLedger ledger) {
    ((SqliteReminderLedger) ledger).close();
  }
}
