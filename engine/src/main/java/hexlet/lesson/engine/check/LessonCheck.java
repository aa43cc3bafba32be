package hexlet.lesson.engine.check;

import hexlet.lesson.engine.run.LessonSetup;
import java.util.List;
import java.util.Optional;

/**
 * The check of one lesson: its reference solution must pass and its starter must not.
 *
 * @param setup how the lesson ran; empty when it could not even be set up
 * @param reference the reference run, when there was one
 * @param starter the starter run, when there was one
 * @param problems why the lesson breaks the rule; empty when it keeps it
 */
public record LessonCheck(
    String lessonId,
    Optional<LessonSetup> setup,
    Optional<RunSummary> reference,
    Optional<RunSummary> starter,
    List<String> problems) {
  public LessonCheck {
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }

  static LessonCheck broken(String lessonId, String problem) {
    return new LessonCheck(
        lessonId, Optional.empty(), Optional.empty(), Optional.empty(), List.of(problem));
  }
}
