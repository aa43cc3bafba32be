package hexlet.lesson.engine.report;

import hexlet.lesson.engine.grade.ErrorReason;
import hexlet.lesson.engine.grade.RunOutcome;
import hexlet.lesson.engine.grade.TestResult;
import hexlet.lesson.engine.grade.TestStatus;
import hexlet.lesson.engine.grade.Verdict;
import hexlet.lesson.grading.GradingConfig;
import hexlet.lesson.grading.Limits;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One graded run, as every report format renders it: a superset of Exercism's test-runner results
 * version 3 ({@code version}, {@code status}, {@code message}, {@code tests}).
 *
 * @param lesson the lesson's id, such as {@code 10-basics/10-hello-world}
 * @param reason why the run is an error; empty unless {@code status} is {@code error}
 * @param message the verdict for the learner; empty on pass
 * @param score the points of the tests that passed; 0 when the run is an error
 * @param maxScore the points of every test of the lesson
 * @param limits the limits the run had
 * @param durationMs the run's wall time
 * @param peakMemoryBytes the run's peak memory, when the engine reported it
 */
public record Report(
    int version,
    String lesson,
    TestStatus status,
    Optional<ErrorReason> reason,
    String message,
    int score,
    int maxScore,
    long durationMs,
    OptionalLong peakMemoryBytes,
    Limits limits,
    Provenance provenance,
    List<TestResult> tests) {

  /** The Exercism results version this report extends. */
  public static final int VERSION = 3;

  public Report {
    tests = List.copyOf(tests);
  }

  /**
   * The report of one run.
   *
   * @param expectedTests the lesson's tests, as given to the verdict policy: they set {@code
   *     max_score} even when an error left the run without tests; empty for the reference run,
   *     whose own tests count
   */
  public static Report of(
      String lesson,
      Verdict verdict,
      RunOutcome outcome,
      GradingConfig config,
      Optional<Set<String>> expectedTests,
      Provenance provenance) {
    List<String> lessonTests =
        expectedTests
            .<List<String>>map(List::copyOf)
            .orElseGet(() -> verdict.tests().stream().map(TestResult::name).toList());
    int maxScore = lessonTests.stream().mapToInt(config::pointsFor).sum();
    int score =
        verdict.status() == TestStatus.ERROR
            ? 0
            : verdict.tests().stream()
                .filter(t -> t.status() == TestStatus.PASS)
                .mapToInt(t -> config.pointsFor(t.name()))
                .sum();
    return new Report(
        VERSION,
        lesson,
        verdict.status(),
        verdict.reason(),
        verdict.message(),
        score,
        maxScore,
        outcome.duration().toMillis(),
        outcome.peakMemoryBytes(),
        config.limits(),
        provenance,
        verdict.tests());
  }

  /** The tests that did not pass, in report order. */
  public List<TestResult> failedTests() {
    return tests.stream().filter(t -> t.status() != TestStatus.PASS).toList();
  }
}
