package hexlet.lesson.engine.check;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.course.Lesson;
import hexlet.lesson.engine.grade.TestResult;
import hexlet.lesson.engine.grade.Verdict;
import hexlet.lesson.engine.run.ExpectedTests;
import hexlet.lesson.engine.run.Judge;
import hexlet.lesson.engine.run.LessonSetup;
import hexlet.lesson.engine.run.RunRequest;
import hexlet.lesson.engine.run.SandboxRun;
import hexlet.lesson.engine.run.SandboxRunner;
import hexlet.lesson.engine.runtime.RunPool;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks lessons: for each one the reference solution must pass and the starter (the reference
 * without its BEGIN..END bodies, or an empty file) must not, whether it fails or errors; a lesson
 * whose starter passes teaches nothing. Runs go {@code jobs} at a time, a lesson's reference and
 * starter side by side, while as many next containers are made and started to wait for a free lane
 * (see {@link SandboxRunner#inLanes}); a passing reference's test set is cached for later grades.
 *
 * <p>Which lessons to check is the caller's choice (all, some named, the ones changed since a
 * commit).
 */
public final class CourseCheck {
  private final SandboxRunner runner;
  private final Judge judge;
  private final ExpectedTests expected;
  private final int jobs;
  private final Clock clock;

  public CourseCheck(
      SandboxRunner runner, Judge judge, ExpectedTests expected, int jobs, Clock clock) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
    }
    this.runner = runner.inLanes(jobs);
    this.judge = judge;
    this.expected = expected;
    this.jobs = jobs;
    this.clock = clock;
  }

  /**
   * @param setupOf resolves a lesson; a {@link ToolException} it throws marks that lesson broken
   *     and the check goes on
   */
  public CheckResult check(
      List<Lesson> lessons, Function<Lesson, LessonSetup> setupOf, CheckProgress progress)
      throws InterruptedException {
    long start = System.nanoTime();
    progress.started(lessons.size());
    List<Pending> pending = new ArrayList<>();
    try (RunPool pool = new RunPool("hexlet-lesson-check", 2 * jobs)) {
      for (Lesson lesson : lessons) {
        pending.add(submit(pool, lesson, setupOf));
      }
      List<LessonCheck> results = new ArrayList<>();
      for (Pending p : pending) {
        LessonCheck check = p.finish();
        progress.finished(check);
        results.add(check);
      }
      return new CheckResult(results, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private Pending submit(RunPool pool, Lesson lesson, Function<Lesson, LessonSetup> setupOf) {
    LessonSetup setup;
    RunRequest reference;
    RunRequest starter;
    try {
      setup = setupOf.apply(lesson);
      reference = setup.request(setup.reference());
      starter = setup.request(setup.starter());
    } catch (ToolException e) {
      if (e.kind() != ToolException.Kind.INVALID_INPUT) {
        throw e;
      }
      return new Pending(lesson.id(), null, null, null, e.getMessage());
    }
    return new Pending(
        lesson.id(),
        setup,
        pool.submit(timed(() -> runner.run(reference))),
        pool.submit(timed(() -> runner.run(starter))),
        null);
  }

  private Callable<Timed> timed(Callable<SandboxRun> run) {
    return () -> {
      Instant started = clock.instant();
      return new Timed(run.call(), started);
    };
  }

  private record Timed(SandboxRun run, Instant startedAt) {}

  /** A lesson whose runs are under way. */
  private final class Pending {
    private final String lessonId;
    private final LessonSetup setup;
    private final Future<Timed> reference;
    private final Future<Timed> starter;
    private final String setupProblem;

    Pending(
        String lessonId,
        LessonSetup setup,
        Future<Timed> reference,
        Future<Timed> starter,
        String setupProblem) {
      this.lessonId = lessonId;
      this.setup = setup;
      this.reference = reference;
      this.starter = starter;
      this.setupProblem = setupProblem;
    }

    LessonCheck finish() throws InterruptedException {
      if (setupProblem != null) {
        return LessonCheck.broken(lessonId, setupProblem);
      }
      Timed ref = await(reference);
      Timed start = await(starter);
      Verdict refVerdict =
          judge.decide(ref.run().outcome(), Optional.empty(), lessonId, ref.run().nonce());
      Optional<Set<String>> tests =
          refVerdict.status() == hexlet.lesson.engine.grade.TestStatus.PASS
              ? Optional.of(
                  refVerdict.tests().stream()
                      .map(TestResult::name)
                      .collect(Collectors.toUnmodifiableSet()))
              : Optional.empty();
      Verdict starterVerdict =
          judge.decide(start.run().outcome(), tests, lessonId, start.run().nonce());
      var refSummary = new RunSummary(refVerdict, ref.run().outcome(), ref.startedAt());
      var starterSummary = new RunSummary(starterVerdict, start.run().outcome(), start.startedAt());
      List<String> problems = new ArrayList<>();
      if (!refSummary.passed()) {
        problems.add(
            "the reference solution does not pass ("
                + refSummary.label()
                + "): "
                + refVerdict.message());
      } else {
        expected.store(setup, tests.get());
      }
      if (starterSummary.passed()) {
        problems.add(starterPasses(setup.exerciseFilename()));
      }
      return new LessonCheck(
          lessonId,
          Optional.of(setup),
          Optional.of(refSummary),
          Optional.of(starterSummary),
          problems);
    }

    private Timed await(Future<Timed> future) throws InterruptedException {
      try {
        return future.get();
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (cause instanceof InterruptedException interrupted) {
          throw interrupted;
        }
        throw new IllegalStateException(cause);
      }
    }
  }

  /** The problem of a lesson whose starter passes, in the table, the summaries and JUnit XML. */
  static String starterPasses(String exerciseFilename) {
    return "the starter passes, so the lesson teaches nothing: mark the learner's part of "
        + exerciseFilename
        + " with BEGIN and END, or make the tests demand it";
  }
}
