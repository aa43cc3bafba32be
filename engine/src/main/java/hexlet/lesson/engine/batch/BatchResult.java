package hexlet.lesson.engine.batch;

import hexlet.lesson.engine.report.GradebookEntry;
import java.time.Duration;
import java.util.List;

/** A batch: every learner's result in learner order, and how long it took. */
public record BatchResult(String lessonId, List<LearnerResult> learners, Duration took) {
  public BatchResult {
    learners = List.copyOf(learners);
  }

  public long count(LearnerResult.Outcome outcome) {
    return learners.stream().filter(l -> l.outcome() == outcome).count();
  }

  /** Whether every submission got a grade (pass, fail or error of its own code). */
  public boolean allGraded() {
    return count(LearnerResult.Outcome.NOT_GRADED) == 0;
  }

  public List<GradebookEntry> gradebook() {
    return learners.stream().map(l -> new GradebookEntry(l.learner(), l.report())).toList();
  }
}
