package hexlet.lesson.junit;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Records each test's raw outcome (the {@link TestExecutionResult} and its throwable) as it ends,
 * with the output captured while it ran. Nothing is taken from report objects of the framework; the
 * results file is rendered from this state alone. Thread-safe: a shutdown hook may read it while a
 * test still runs.
 */
final class OutcomeRecorder implements TestExecutionListener {
  private static final int MAX_DETAIL_LINES = 60;

  private final OutputCapture capture;
  private final List<TestOutcome> outcomes = new ArrayList<>();
  private final Set<String> decided = new HashSet<>();
  private final Map<String, Integer> namesSeen = new HashMap<>();
  private TestPlan plan;
  private Running running;

  OutcomeRecorder(OutputCapture capture) {
    this.capture = capture;
  }

  /** A test that started and has not ended. */
  private record Running(String id, String className, String name, long startNanos) {}

  // ---- the JUnit Platform's events

  @Override
  public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
  }

  @Override
  public void executionStarted(TestIdentifier id) {
    if (id.isTest()) {
      Naming naming = naming(id);
      begin(id.getUniqueId(), naming.className(), naming.name());
    }
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    Throwable thrown = result.getThrowable().orElse(null);
    boolean aborted = result.getStatus() == TestExecutionResult.Status.ABORTED;
    if (id.isTest()) {
      if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
        finish(id.getUniqueId(), null, false);
      } else {
        finish(id.getUniqueId(), describe(thrown), aborted);
      }
    } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
      failUndecided(id, describe(thrown), aborted);
    }
  }

  @Override
  public synchronized void executionSkipped(TestIdentifier id, String reason) {
    List<TestIdentifier> tests = id.isTest() ? List.of(id) : undecidedTestsBelow(id);
    for (TestIdentifier test : tests) {
      Naming naming = naming(test);
      record(
          test.getUniqueId(),
          new TestOutcome(
              naming.className(),
              naming.name(),
              TestOutcome.Status.SKIPPED,
              "",
              reason == null ? "skipped" : reason,
              "",
              "",
              "",
              0));
    }
  }

  // ---- the same for a test the runner drives itself (a test class's main method)

  synchronized void begin(String id, String className, String name) {
    capture.start();
    running = new Running(id, className, name, System.nanoTime());
  }

  /**
   * Ends the running test.
   *
   * @param problem null when the test passed
   * @param aborted the test was aborted (an assumption failed); counted as failed, because learner
   *     code can throw the same exception to skip a test it cannot pass
   */
  synchronized void finish(String id, Problem problem, boolean aborted) {
    OutputCapture.Captured output = capture.stop();
    Running test = running;
    running = null;
    if (test == null || !test.id().equals(id)) {
      return;
    }
    long millis = (System.nanoTime() - test.startNanos()) / 1_000_000;
    TestOutcome outcome =
        problem == null
            ? new TestOutcome(
                test.className(),
                test.name(),
                TestOutcome.Status.PASSED,
                "",
                "",
                "",
                output.stdout(),
                output.stderr(),
                millis)
            : new TestOutcome(
                test.className(),
                test.name(),
                TestOutcome.Status.FAILED,
                problem.type(),
                aborted ? "aborted: " + problem.message() : problem.message(),
                problem.details(),
                output.stdout(),
                output.stderr(),
                millis);
    record(id, outcome);
  }

  /** Everything recorded so far, for a run that finished normally. */
  synchronized RunReport report() {
    return RunReport.of(outcomes);
  }

  /**
   * Everything recorded so far, for a run that is ending before the tests finished: the running
   * test becomes an error and the tests that never started are listed as skipped.
   */
  synchronized RunReport endedEarly() {
    String message =
        "the tests did not finish: the JVM was asked to exit (System.exit or a signal)"
            + (running == null ? "" : " during " + running.className() + "." + running.name());
    return interrupted(
        TestOutcome.Status.ERROR,
        new Problem(ResultsConvention.ENDED_EARLY_TYPE, message, message),
        "ended-early",
        ExitStatus.ENDED_EARLY);
  }

  /**
   * Everything recorded so far, for a run stopped by a throwable that escaped the test framework
   * (JUnit rethrows {@link OutOfMemoryError}): it fails the running test, if any.
   *
   * @return null when no test was running, so the throwable is the runner's own
   */
  synchronized RunReport escaped(Throwable thrown) {
    if (running == null) {
      return null;
    }
    return interrupted(TestOutcome.Status.FAILED, describe(thrown), "", ExitStatus.FAILED);
  }

  private RunReport interrupted(
      TestOutcome.Status status, Problem problem, String runLevelName, int exitCode) {
    List<TestOutcome> all = new ArrayList<>(outcomes);
    if (running != null) {
      OutputCapture.Captured output = capture.peek();
      all.add(
          new TestOutcome(
              running.className(),
              running.name(),
              status,
              problem.type(),
              problem.message(),
              problem.details(),
              output.stdout(),
              output.stderr(),
              (System.nanoTime() - running.startNanos()) / 1_000_000));
    } else {
      all.add(
          TestOutcome.runError(runLevelName, problem.type(), problem.message(), problem.details()));
    }
    if (plan != null) {
      for (TestIdentifier root : plan.getRoots()) {
        for (TestIdentifier test : undecidedTestsBelow(root)) {
          if (running == null || !running.id().equals(test.getUniqueId())) {
            Naming naming = naming(test);
            all.add(
                new TestOutcome(
                    naming.className(),
                    naming.name(),
                    TestOutcome.Status.SKIPPED,
                    "",
                    "not run: the run ended early",
                    "",
                    "",
                    "",
                    0));
          }
        }
      }
    }
    return new RunReport(all, exitCode);
  }

  // ---- internals

  private synchronized void failUndecided(
      TestIdentifier container, Problem problem, boolean aborted) {
    List<TestIdentifier> tests = undecidedTestsBelow(container);
    String prefix = aborted ? "not run: aborted in " : "not run: failed in ";
    Problem notRun =
        new Problem(
            problem.type(),
            prefix + container.getDisplayName() + ": " + problem.message(),
            problem.details());
    if (tests.isEmpty()) {
      Naming naming = naming(container);
      record(container.getUniqueId(), failed(naming, notRun));
      return;
    }
    for (TestIdentifier test : tests) {
      record(test.getUniqueId(), failed(naming(test), notRun));
    }
  }

  private static TestOutcome failed(Naming naming, Problem problem) {
    return new TestOutcome(
        naming.className(),
        naming.name(),
        TestOutcome.Status.FAILED,
        problem.type(),
        problem.message(),
        problem.details(),
        "",
        "",
        0);
  }

  private List<TestIdentifier> undecidedTestsBelow(TestIdentifier container) {
    if (plan == null) {
      return List.of();
    }
    return plan.getDescendants(container).stream()
        .filter(TestIdentifier::isTest)
        .filter(t -> !decided.contains(t.getUniqueId()))
        .toList();
  }

  private void record(String id, TestOutcome outcome) {
    if (!decided.add(id)) {
      return;
    }
    String key = outcome.className() + '\u0000' + outcome.name();
    int seen = namesSeen.merge(key, 1, Integer::sum);
    outcomes.add(seen == 1 ? outcome : outcome.withName(outcome.name() + " (" + seen + ")"));
  }

  /** The test's class and its display names below the class, such as {@code add(int) > [1] 2}. */
  private record Naming(String className, String name) {}

  private synchronized Naming naming(TestIdentifier id) {
    Optional<TestSource> own = id.getSource();
    if (own.isPresent() && own.get() instanceof ClassSource classSource) {
      return new Naming(classSource.getClassName(), id.getDisplayName());
    }
    List<String> names = new ArrayList<>(List.of(id.getDisplayName()));
    String className = null;
    Optional<TestIdentifier> parent = plan == null ? Optional.empty() : plan.getParent(id);
    while (parent.isPresent()) {
      TestIdentifier node = parent.get();
      if (node.getSource().orElse(null) instanceof ClassSource classSource) {
        className = classSource.getClassName();
        break;
      }
      Optional<TestIdentifier> above = plan.getParent(node);
      if (above.isPresent()) {
        names.add(0, node.getDisplayName());
      }
      parent = above;
    }
    if (className == null) {
      className =
          own.isPresent() && own.get() instanceof MethodSource method ? method.getClassName() : "";
    }
    return new Naming(className, String.join(" > ", names));
  }

  /** A failure as the results show it. */
  record Problem(String type, String message, String details) {}

  static Problem describe(Throwable thrown) {
    if (thrown == null) {
      return new Problem("unknown", "failed without an exception", "");
    }
    String message = thrown.getMessage() == null ? "" : thrown.getMessage().strip();
    return new Problem(
        thrown.getClass().getName(),
        message.isEmpty() ? thrown.getClass().getName() : message,
        trace(thrown));
  }

  /**
   * The stack trace down to the first frame of the runner, JUnit or reflection in each throwable:
   * what lies below is the framework calling the test, which helps nobody.
   */
  private static String trace(Throwable thrown) {
    StringWriter text = new StringWriter();
    thrown.printStackTrace(new PrintWriter(text));
    List<String> kept = new ArrayList<>();
    int omitted = 0;
    boolean inPlumbing = false;
    for (String line : text.toString().split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("at ")) {
        inPlumbing = inPlumbing || isPlumbing(trimmed.substring(3));
        if (inPlumbing) {
          continue;
        }
      } else if (trimmed.startsWith("...")) {
        continue;
      } else {
        inPlumbing = false;
      }
      if (kept.size() < MAX_DETAIL_LINES) {
        kept.add(line);
      } else {
        omitted++;
      }
    }
    if (omitted > 0) {
      kept.add("\t... " + omitted + " more lines");
    }
    return String.join("\n", kept);
  }

  private static boolean isPlumbing(String frame) {
    int paren = frame.indexOf('(');
    int slash = frame.lastIndexOf('/', paren < 0 ? frame.length() : paren);
    String method = frame.substring(slash + 1);
    return method.startsWith("hexlet.lesson.junit.")
        || method.startsWith("org.junit.")
        || method.startsWith("jdk.internal.reflect.")
        || method.startsWith("java.lang.reflect.");
  }
}
