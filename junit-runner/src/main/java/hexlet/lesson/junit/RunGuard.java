package hexlet.lesson.junit;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Makes sure the results are delivered exactly once, by whoever gets there first: the main thread
 * at the end of the run, or a shutdown hook when learner code (or a signal) starts the JVM's exit
 * early. Either way the JVM then ends with {@link Runtime#halt}, so no learner shutdown hook or
 * lingering thread runs after the results, and the exit status is the runner's, not the learner's.
 */
final class RunGuard {
  private final AtomicBoolean claimed = new AtomicBoolean();
  private final ToIntFunction<RunReport> deliver;

  /**
   * @param deliver writes the report and returns the exit status to end with; must not throw
   */
  RunGuard(ToIntFunction<RunReport> deliver) {
    this.deliver = deliver;
  }

  /**
   * Arms the hook that delivers {@code endedEarly} if the JVM starts exiting before {@link
   * #finish}.
   */
  void arm(Supplier<RunReport> endedEarly) {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (claimed.compareAndSet(false, true)) {
                    Runtime.getRuntime().halt(deliver.applyAsInt(endedEarly.get()));
                  }
                  // The main thread is delivering: holding the exit here keeps the learner's exit
                  // status from ending the JVM before the runner's halt does.
                  parkForever();
                },
                "junit-runner-exit-guard"));
  }

  /** Delivers the finished run's report and ends the JVM; never returns. */
  void finish(RunReport report) {
    if (claimed.compareAndSet(false, true)) {
      Runtime.getRuntime().halt(deliver.applyAsInt(report));
    }
    parkForever();
  }

  private static void parkForever() {
    while (true) {
      LockSupport.park();
    }
  }
}
