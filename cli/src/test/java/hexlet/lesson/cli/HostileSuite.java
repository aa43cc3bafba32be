package hexlet.lesson.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every hostile suite promises after each attack: nothing the grade made is left (containers,
 * volumes, temporary files) and the grader still grades an honest submission right.
 */
abstract class HostileSuite {
  final Leftovers leftovers = new Leftovers();

  /** The suite's lesson, prepared once for the class. */
  abstract HostileLesson target();

  @BeforeEach
  void noteWhatExists() {
    leftovers.before();
  }

  @AfterEach
  void nothingIsLeftAndTheGraderStillGradesAnHonestSubmission() {
    leftovers.assertNone();
    target().assertHonestPasses();
    leftovers.assertNone();
  }
}
