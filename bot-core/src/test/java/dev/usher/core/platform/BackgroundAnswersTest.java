package dev.usher.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.usher.core.platform.BackgroundAnswers.Trouble;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class BackgroundAnswersTest {
  private final Logger logger = (Logger) LoggerFactory.getLogger(BackgroundAnswers.class);
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final ConcurrentLinkedQueue<Trouble> apologies = new ConcurrentLinkedQueue<>();

  @BeforeEach
  void captureLog() {
    logged.start();
    logger.addAppender(logged);
  }

  @AfterEach
  void releaseLog() {
    logger.detachAppender(logged);
  }

  @Test
  void anAnswerThatThrowsIsLoggedOnceWithItsReferenceAndApologizedForOnce() {
    BackgroundAnswers answers = BackgroundAnswers.bounded(1, 1, Duration.ofMinutes(1));

    boolean queued =
        answers.answer(
            "Ev42",
            () -> {
              throw new IllegalStateException("index closed");
            },
            apologies::add);
    answers.close();

    assertThat(queued).isTrue();
    assertThat(apologies).containsExactly(Trouble.FAILED);
    assertThat(logged.list)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.getLevel()).isEqualTo(Level.ERROR);
              assertThat(event.getFormattedMessage())
                  .isEqualTo(
                      "[Ev42] failed to answer: java.lang.IllegalStateException: index closed");
              assertThat(event.getThrowableProxy().getMessage()).isEqualTo("index closed");
            });
  }

  @Test
  void anAnswerThatSucceedsIsNotApologizedFor() {
    BackgroundAnswers answers = BackgroundAnswers.bounded(1, 1, Duration.ofMinutes(1));
    AtomicReference<String> thread = new AtomicReference<>("");

    answers.answer("Ev1", () -> thread.set(Thread.currentThread().getName()), apologies::add);
    answers.close();

    assertThat(thread.get()).startsWith("usher-answer-");
    assertThat(apologies).isEmpty();
    assertThat(logged.list).isEmpty();
  }

  @Test
  void aFullQueueIsRefusedAtOnceWithTheBusyApology() throws InterruptedException {
    BackgroundAnswers answers = BackgroundAnswers.bounded(1, 1, Duration.ofMinutes(1));
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    answers.answer(
        "Ev1",
        () -> {
          running.countDown();
          release.await();
        },
        apologies::add);
    running.await();
    boolean waiting = answers.answer("Ev2", () -> {}, apologies::add);

    boolean refused = answers.answer("Ev3", () -> {}, apologies::add);

    assertThat(waiting).isTrue();
    assertThat(refused).isFalse();
    assertThat(apologies).as("said before answer returned").containsExactly(Trouble.BUSY);
    assertThat(logged.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly("[Ev3] not answered: every answer thread is busy and the queue is full");
    release.countDown();
    answers.close();
    assertThat(apologies).containsExactly(Trouble.BUSY);
  }

  @Test
  void closeWaitsForTheAnswersAlreadyStarted() throws InterruptedException {
    BackgroundAnswers answers = new BackgroundAnswers(Executors.newSingleThreadExecutor());
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean finished = new AtomicBoolean();
    answers.answer(
        "Ev1",
        () -> {
          running.countDown();
          release.await();
          finished.set(true);
        },
        apologies::add);
    running.await();
    AtomicBoolean finishedWhenClosed = new AtomicBoolean();
    Thread closer =
        Thread.ofPlatform()
            .start(
                () -> {
                  answers.close();
                  finishedWhenClosed.set(finished.get());
                });

    // Released only once close() has stopped taking work, so a close that did not wait would have
    // returned before the answer finished.
    while (answers.answer("late", () -> {}, apologies::add)) {
      Thread.onSpinWait();
    }
    release.countDown();
    closer.join();

    assertThat(finishedWhenClosed).isTrue();
    assertThat(apologies).containsOnly(Trouble.BUSY);
  }

  @Test
  void closeInterruptsWhatOutlivesTheGrace() throws InterruptedException {
    BackgroundAnswers answers =
        new BackgroundAnswers(Executors.newSingleThreadExecutor(), Duration.ZERO);
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    CountDownLatch apologized = new CountDownLatch(1);
    answers.answer(
        "Ev1",
        () -> {
          running.countDown();
          try {
            new CountDownLatch(1).await();
          } catch (InterruptedException e) {
            interrupted.countDown();
            throw e;
          }
        },
        trouble -> {
          apologies.add(trouble);
          apologized.countDown();
        });
    running.await();

    answers.close();

    interrupted.await();
    // The interrupted answer's failure is logged, then apologized for: waiting for the apology
    // keeps
    // that log line in this test instead of the next one's (the logger is shared).
    apologized.await();
    assertThat(apologies).containsExactly(Trouble.FAILED);
    assertThat(logged.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .contains("Answers still running after PT0S; interrupting them");
  }

  @Test
  void theApologiesNameTheReferenceWhereTheLogHasDetails() {
    assertThat(Trouble.FAILED.message("Ev42")).contains("(reference Ev42)");
    assertThat(Trouble.BUSY.message("Ev42")).doesNotContain("Ev42");
  }
}
