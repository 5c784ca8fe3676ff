package dev.usher.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usher.core.platform.SeenDeliveries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSeenDeliveriesTest {
  private static final Instant T0 = Instant.parse("2026-04-24T10:00:00Z");

  @TempDir Path folder;

  @Test
  void aDeliverySeenBeforeARestartIsNotFirstAfterIt() {
    Path file = folder.resolve("state/deliveries.db");
    try (var seen = SqliteSeenDeliveries.open(file, at(T0))) {
      assertThat(seen.firstDelivery("slack:event:Ev1")).isTrue();
      assertThat(seen.firstDelivery("slack:event:Ev1")).isFalse();
    }

    try (var reopened = SqliteSeenDeliveries.open(file, at(T0.plusSeconds(60)))) {
      assertThat(reopened.firstDelivery("slack:event:Ev1")).isFalse();
      assertThat(reopened.firstDelivery("slack:command:tr1")).isTrue();
    }
  }

  @Test
  void idsOlderThanTheRetentionAreForgottenWhenTheFileIsOpened() {
    Path file = folder.resolve("deliveries.db");
    try (var seen = SqliteSeenDeliveries.open(file, at(T0))) {
      seen.firstDelivery("slack:event:Old");
    }
    Instant later = T0.plus(Duration.ofHours(SeenDeliveries.RETENTION_HOURS)).plusSeconds(1);

    try (var reopened = SqliteSeenDeliveries.open(file, at(later))) {
      assertThat(reopened.firstDelivery("slack:event:Old")).isTrue();
    }
  }

  @Test
  void aFileThatIsNotSqliteIsRefusedInOneLineNamingIt() throws Exception {
    Path file = folder.resolve("deliveries.db");
    Files.writeString(
        file,
        "not a database, just text that is long enough to be looked at\n".repeat(20),
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> SqliteSeenDeliveries.open(file, at(T0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(file.toString())
        .hasMessageNotContaining("\n");
  }

  private static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }
}
