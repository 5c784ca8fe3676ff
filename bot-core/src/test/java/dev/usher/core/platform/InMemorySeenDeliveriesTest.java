package dev.usher.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InMemorySeenDeliveriesTest {

  @Test
  void anIdIsFirstOnceAndTheOldestIsForgottenPastTheCapacity() {
    SeenDeliveries seen = SeenDeliveries.inMemory(2);

    assertThat(seen.firstDelivery("slack:event:Ev1")).isTrue();
    assertThat(seen.firstDelivery("slack:event:Ev1")).isFalse();
    assertThat(seen.firstDelivery("slack:event:Ev2")).isTrue();
    assertThat(seen.firstDelivery("slack:event:Ev3")).isTrue();

    assertThat(seen.firstDelivery("slack:event:Ev1")).as("forgotten past 2").isTrue();
    assertThat(seen.firstDelivery("slack:event:Ev3")).isFalse();
  }
}
