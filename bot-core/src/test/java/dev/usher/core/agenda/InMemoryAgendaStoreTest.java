package dev.usher.core.agenda;

import dev.usher.core.testing.AgendaStoreContract;

class InMemoryAgendaStoreTest extends AgendaStoreContract {
  @Override
  protected AgendaStore store() {
    return new InMemoryAgendaStore();
  }
}
