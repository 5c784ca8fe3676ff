package dev.usher.app.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeLockTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-04-24T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path state;

  @Test
  void aSecondProcessIsRefusedInOneLineNamingTheFirst() throws Exception {
    Process first = ServeLockHolder.start(state);
    try {
      assertThatThrownBy(() -> ServeLock.acquire(state, CLOCK))
          .isInstanceOf(StateException.class)
          .hasMessageStartingWith(
              "another usher serve is already serving this folder (pid " + first.pid() + " on ")
          .hasMessageContaining(state.resolve("serve.lock").toString())
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    } finally {
      first.destroyForcibly().waitFor();
    }
  }

  @Test
  void aProcessKilledWithoutCleaningUpDoesNotBlockTheNext() throws Exception {
    Process killed = ServeLockHolder.start(state);
    killed.destroyForcibly().waitFor();

    try (ServeLock lock = ServeLock.acquire(state, CLOCK)) {
      assertThat(java.nio.file.Files.readString(state.resolve("serve.lock")))
          .startsWith("pid " + ProcessHandle.current().pid() + " on ")
          .contains("since 2026-04-24T10:00:00Z");
    }
  }

  @Test
  void aLockReleasedCanBeTakenAgainAndASecondTakeInTheSameProcessIsRefused() {
    try (ServeLock lock = ServeLock.acquire(state, CLOCK)) {
      assertThatThrownBy(() -> ServeLock.acquire(state, CLOCK))
          .isInstanceOf(StateException.class)
          .hasMessageContaining("pid " + ProcessHandle.current().pid());
    }
    ServeLock.acquire(state, CLOCK).close();
  }
}
