package hexlet.lesson.engine.run;

import hexlet.lesson.engine.grade.RunOutcome;
import hexlet.lesson.engine.grade.Verdict;
import hexlet.lesson.engine.grade.VerdictPolicy;
import java.util.Optional;
import java.util.Set;

/** Turns what a run produced into a verdict; the grading policy, seen from the run use cases. */
@FunctionalInterface
public interface Judge {
  /**
   * @param expectedTests the reference run's test names; empty when judging the reference run
   * @param lessonId names the single test of a lesson judged as a whole by exit code
   * @param nonce the key, in hex, the results must be signed with, when the run's runner signs them
   */
  Verdict decide(
      RunOutcome outcome,
      Optional<Set<String>> expectedTests,
      String lessonId,
      Optional<String> nonce);

  /** The project's verdict rules. */
  static Judge policy() {
    VerdictPolicy policy = new VerdictPolicy();
    return policy::decide;
  }
}
