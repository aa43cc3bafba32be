package hexlet.lesson.engine.run;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.engine.grade.TestResult;
import hexlet.lesson.engine.grade.TestStatus;
import hexlet.lesson.engine.grade.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Grades a submission: judges its run against the test set of the lesson's reference run, which is
 * taken from the course's cache or made first by running the reference solution.
 */
public final class Grader {
  private final SandboxRunner runner;
  private final Judge judge;
  private final ExpectedTests expected;
  private final Clock clock;

  public Grader(SandboxRunner runner, Judge judge, ExpectedTests expected, Clock clock) {
    this.runner = runner;
    this.judge = judge;
    this.expected = expected;
    this.clock = clock;
  }

  public GradeResult grade(LessonSetup setup, List<SandboxFile> submission)
      throws InterruptedException {
    setup.checkSubmission(submission);
    boolean referenceRun = false;
    Optional<Set<String>> tests = expected.load(setup);
    if (tests.isEmpty()) {
      tests = Optional.of(referenceTests(setup));
      referenceRun = true;
    }
    return judged(setup, submission, tests, referenceRun);
  }

  /** Runs a submission and judges it; no expected set means it is the reference run. */
  public GradeResult judged(
      LessonSetup setup,
      List<SandboxFile> submission,
      Optional<Set<String>> expectedTests,
      boolean referenceRun)
      throws InterruptedException {
    Instant started = clock.instant();
    SandboxRun run = runner.run(setup.request(submission));
    Verdict verdict = judge.decide(run.outcome(), expectedTests, setup.lessonId(), run.nonce());
    return new GradeResult(setup, verdict, run.outcome(), expectedTests, started, referenceRun);
  }

  /**
   * Runs the reference solution with the lesson's own limits; the test names of its passing verdict
   * become the lesson's expected set, cached for later grades.
   */
  public Set<String> referenceTests(LessonSetup setup) throws InterruptedException {
    // The lesson's own limits: limits given for one grade say nothing about the lesson's tests.
    GradeResult reference =
        judged(setup.withLessonLimits(), setup.reference(), Optional.empty(), true);
    Verdict verdict = reference.verdict();
    if (verdict.status() != TestStatus.PASS) {
      throw ToolException.invalidInput(
          setup.referencePath()
              + ": the lesson's reference solution does not pass ("
              + verdict.status().json()
              + verdict.reason().map(r -> ": " + r.json()).orElse("")
              + "), so submissions cannot be graded. "
              + verdict.message()
              + " Run `hexlet-lesson check` on the course for details.");
    }
    Set<String> names = names(verdict);
    expected.store(setup, names);
    return names;
  }

  /**
   * Records a passing reference verdict made elsewhere (by a check) as the lesson's expected set.
   */
  public void remember(LessonSetup setup, Verdict referenceVerdict) {
    if (referenceVerdict.status() == TestStatus.PASS) {
      expected.store(setup, names(referenceVerdict));
    }
  }

  static Set<String> names(Verdict verdict) {
    return verdict.tests().stream().map(TestResult::name).collect(Collectors.toUnmodifiableSet());
  }
}
