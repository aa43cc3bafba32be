package hexlet.lesson.engine.batch;

import hexlet.lesson.engine.report.Report;

/** What the batch did with one learner's submission, and the report it has now. */
public record LearnerResult(String learner, Report report, Outcome outcome) {
  /** How the report came about. */
  public enum Outcome {
    /** Graded in this run. */
    GRADED,
    /** Kept from an earlier run: same submission, same grading. */
    UP_TO_DATE,
    /** The submission could not be graded at all; the report says why. */
    NOT_GRADED
  }
}
