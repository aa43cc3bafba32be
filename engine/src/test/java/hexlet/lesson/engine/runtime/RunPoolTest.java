package hexlet.lesson.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class RunPoolTest {
  @Test
  void closingLetsTheRunUnderWayFinishUninterruptedAndDropsTheRest() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean();
    AtomicBoolean laterRan = new AtomicBoolean();
    Future<String> underWay;
    Future<String> later;

    Thread closer;
    try (RunPool pool = new RunPool("test", 1)) {
      underWay =
          pool.submit(
              () -> {
                started.countDown();
                try {
                  release.await();
                } catch (InterruptedException e) {
                  interrupted.set(true);
                }
                return "removed its container";
              });
      later =
          pool.submit(
              () -> {
                laterRan.set(true);
                return "never";
              });
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      // close() blocks until the run under way ends, so the release comes from elsewhere once
      // close() has cancelled what had not started.
      closer =
          new Thread(
              () -> {
                while (!later.isCancelled()) {
                  Thread.onSpinWait();
                }
                release.countDown();
              });
      closer.start();
    }
    closer.join();

    assertThat(interrupted).isFalse();
    assertThat(underWay.get()).isEqualTo("removed its container");
    assertThat(later.isCancelled()).isTrue();
    assertThat(laterRan).isFalse();
  }
}
