package dev.usher.ledger.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Replicas started together (a deployment's first start, or a restart of all of them) create the
 * shared tables at the same moment. Without one lock around the statements, PostgreSQL lets two
 * {@code CREATE TABLE IF NOT EXISTS} pass their check together and fails the second on its catalog
 * ({@code type "usher_lease" already exists}): that replica exits.
 */
@Tag("slow")
class SchemaLockTest {
  private static final int REPLICAS = 4;
  private static final int FRESH_DATABASES = 6;

  @Test
  void replicasOpeningTheLeaseOfAFreshDatabaseTogetherAllStart() throws Exception {
    assertThat(openTogether(db -> PostgresLease.open(db, "r", Duration.ofSeconds(15)).close()))
        .isEmpty();
  }

  @Test
  void replicasOpeningTheLedgerOfAFreshDatabaseTogetherAllStart() throws Exception {
    assertThat(openTogether(db -> PostgresReminderLedger.open(db).close())).isEmpty();
  }

  @Test
  void replicasOpeningTheAgendaStoreOfAFreshDatabaseTogetherAllStart() throws Exception {
    assertThat(openTogether(db -> PostgresAgendaStore.open(db).close())).isEmpty();
  }

  /** Opens on {@link #REPLICAS} threads at once, on each of several fresh databases; the errors. */
  private static List<String> openTogether(Consumer<PostgresLocation> open) throws Exception {
    ExecutorService replicas = Executors.newFixedThreadPool(REPLICAS);
    List<String> failures = new ArrayList<>();
    try {
      for (int round = 0; round < FRESH_DATABASES; round++) {
        PostgresLocation database = PostgresLocation.parse(ThrowAwayPostgres.get().newDatabase());
        CyclicBarrier together = new CyclicBarrier(REPLICAS);
        List<Future<?>> starts = new ArrayList<>();
        for (int replica = 0; replica < REPLICAS; replica++) {
          starts.add(
              replicas.submit(
                  () -> {
                    together.await(30, TimeUnit.SECONDS);
                    open.accept(database);
                    return null;
                  }));
        }
        for (Future<?> start : starts) {
          try {
            start.get(60, TimeUnit.SECONDS);
          } catch (ExecutionException e) {
            failures.add(String.valueOf(e.getCause().getMessage()));
          }
        }
      }
    } finally {
      replicas.shutdownNow();
    }
    return failures;
  }
}
