package dev.usher.knowledge.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FetchPolicyTest {
  private final FetchPolicy policy = FetchPolicy.standard(Duration.ofMinutes(5), 1024);

  @Test
  void afterAGoodFetchTheNextComesAtTheRefreshInterval() {
    assertThat(policy.nextFetch(0, Optional.empty())).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void failuresInARowAreRetriedSoonThenLessOftenUpToTheRefreshInterval() {
    assertThat(
            java.util.stream.IntStream.rangeClosed(1, 7)
                .mapToObj(n -> policy.nextFetch(n, Optional.empty())))
        .containsExactly(
            Duration.ofSeconds(15),
            Duration.ofSeconds(30),
            Duration.ofMinutes(1),
            Duration.ofMinutes(2),
            Duration.ofMinutes(4),
            Duration.ofMinutes(5),
            Duration.ofMinutes(5));
  }

  @Test
  void aWaitTheServerAsksForIsHonouredUpToAnHour() {
    assertThat(policy.nextFetch(1, Optional.of(Duration.ofMinutes(20))))
        .isEqualTo(Duration.ofMinutes(20));
    assertThat(policy.nextFetch(1, Optional.of(Duration.ofDays(2))))
        .isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void aRefreshUnderASecondIsRefused() {
    assertThatThrownBy(() -> FetchPolicy.standard(Duration.ofMillis(10), 1024))
        .hasMessageStartingWith("refresh must be at least a second");
  }
}
