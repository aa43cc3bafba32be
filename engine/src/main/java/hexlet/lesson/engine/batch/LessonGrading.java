package hexlet.lesson.engine.batch;

import hexlet.lesson.engine.report.Report;
import hexlet.lesson.engine.run.SandboxFile;
import java.time.Instant;
import java.util.List;

/**
 * How the submissions of one lesson are graded: the lesson's reference run is done once, before the
 * batch, and each submission is judged against its test set.
 */
public interface LessonGrading {
  String lessonId();

  /** The name a single-file submission is graded under, the lesson's exercise file. */
  String exerciseFilename();

  /**
   * What a grade depends on besides the submission: image id, tool version, lesson files, test
   * command, limits and the expected tests. A stored report made under another key is graded again.
   */
  String key();

  /** Grades one submission in its own container. */
  Report grade(List<SandboxFile> files) throws InterruptedException;

  /** The report of a submission that could not be graded: status error, reason submission. */
  Report ungraded(String problem, Instant startedAt);
}
