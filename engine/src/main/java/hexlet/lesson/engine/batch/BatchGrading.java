package hexlet.lesson.engine.batch;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.engine.report.Report;
import hexlet.lesson.engine.run.SandboxFile;
import hexlet.lesson.engine.runtime.RunPool;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Grades a cohort's submissions of one lesson, {@code jobs} at a time, each in its own container.
 * The lesson's runner goes in {@code jobs} lanes ({@code SandboxRunner.inLanes}): twice as many
 * threads read submissions and make and start containers, so a lane that frees has its next run
 * ready. Every submission ends with a report in the store: graded, kept from an earlier run when
 * its submission and grading are unchanged (unless forced), or, when it cannot be read or graded,
 * an {@code error: submission} report saying why. One broken submission never stops the batch; the
 * Docker engine going away does, since every later grade would fail the same way.
 */
public final class BatchGrading {
  private final LessonGrading lesson;
  private final ReportStore store;
  private final Clock clock;

  public BatchGrading(LessonGrading lesson, ReportStore store, Clock clock) {
    this.lesson = lesson;
    this.store = store;
    this.clock = clock;
  }

  /**
   * @param force grade every submission again, even those whose report is up to date
   * @throws ToolException of kind ENVIRONMENT when the engine cannot be reached any more
   */
  public BatchResult run(
      List<Submission> submissions, int jobs, boolean force, BatchProgress progress)
      throws InterruptedException {
    Instant start = clock.instant();
    progress.started(submissions.size());
    try (RunPool pool = new RunPool("hexlet-lesson-batch", 2 * Math.max(1, jobs))) {
      List<Future<LearnerResult>> futures = new ArrayList<>();
      for (Submission submission : submissions) {
        futures.add(
            pool.submit(
                () -> {
                  LearnerResult result = grade(submission, force);
                  progress.finished(result);
                  return result;
                }));
      }
      List<LearnerResult> results = new ArrayList<>();
      for (Future<LearnerResult> future : futures) {
        results.add(await(future));
      }
      return new BatchResult(lesson.lessonId(), results, Duration.between(start, clock.instant()));
    }
  }

  private static LearnerResult await(Future<LearnerResult> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private LearnerResult grade(Submission submission, boolean force) throws InterruptedException {
    String learner = submission.learner();
    Instant started = clock.instant();
    List<SandboxFile> files;
    try {
      files = SubmissionReader.read(submission, lesson.exerciseFilename());
    } catch (ToolException e) {
      return notGraded(learner, e.getMessage(), started);
    }
    var from = new ReportStore.GradedFrom(SubmissionHash.of(files), lesson.key());
    if (!force) {
      Optional<Report> kept = store.upToDate(learner, from);
      if (kept.isPresent()) {
        return new LearnerResult(learner, kept.get(), LearnerResult.Outcome.UP_TO_DATE);
      }
    }
    Report report;
    try {
      report = lesson.grade(files);
    } catch (ToolException e) {
      if (e.kind() == ToolException.Kind.ENVIRONMENT) {
        throw e;
      }
      return notGraded(learner, e.getMessage(), started);
    } catch (RuntimeException e) {
      return notGraded(learner, "the grader failed on this submission: " + e, started);
    }
    store.save(learner, report, Optional.of(from));
    return new LearnerResult(learner, report, LearnerResult.Outcome.GRADED);
  }

  private LearnerResult notGraded(String learner, String problem, Instant started) {
    Report report = lesson.ungraded(problem, started);
    store.save(learner, report, Optional.empty());
    return new LearnerResult(learner, report, LearnerResult.Outcome.NOT_GRADED);
  }
}
