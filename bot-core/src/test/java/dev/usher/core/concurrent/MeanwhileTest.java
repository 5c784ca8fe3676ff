package dev.usher.core.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MeanwhileTest {
  @Test
  void theWorkRunsOnItsOwnDaemonThreadWhileTheCallerGoesOn() throws Exception {
    CountDownLatch callerWentOn = new CountDownLatch(1);
    Meanwhile<Thread> started =
        Meanwhile.start(
            "usher-test-work",
            () -> {
              try {
                // The work can only finish once the caller has done something else.
                assertThat(callerWentOn.await(10, TimeUnit.SECONDS)).isTrue();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return Thread.currentThread();
            });

    callerWentOn.countDown();
    Thread worker = started.join();

    assertThat(worker.getName()).isEqualTo("usher-test-work");
    assertThat(worker.isDaemon()).isTrue();
    assertThat(worker).isNotSameAs(Thread.currentThread());
  }

  @Test
  void theWorksUncheckedExceptionIsThrownAsItWasNotWrapped() {
    Meanwhile<String> started =
        Meanwhile.start(
            "usher-test-failing",
            () -> {
              throw new IllegalArgumentException("synonyms: cannot read line 'a =>'");
            });

    assertThatThrownBy(started::join)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("synonyms: cannot read line 'a =>'");
  }

  @Test
  void abandoningReleasesWhatTheWorkGaveAndDropsItsFailure() {
    List<String> released = new ArrayList<>();
    Meanwhile.start("usher-test-open", () -> "an open file").abandon(released::add);
    Meanwhile.<String>start(
            "usher-test-broken",
            () -> {
              throw new UncheckedIOException(new java.io.IOException("disk gone"));
            })
        .abandon(released::add);

    assertThat(released).containsExactly("an open file");
  }
}
