package hexlet.lesson.engine.run;

import hexlet.lesson.engine.grade.RunOutcome;
import hexlet.lesson.engine.grade.Verdict;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * One graded run: the verdict, what the run produced, and where and when it ran.
 *
 * @param setup the lesson as it was run (limits, test command, image)
 * @param expectedTests the reference run's test names the run was judged against; empty when this
 *     was the reference run itself
 * @param referenceRun whether the expected test set had to be made by running the reference first
 */
public record GradeResult(
    LessonSetup setup,
    Verdict verdict,
    RunOutcome outcome,
    Optional<Set<String>> expectedTests,
    Instant startedAt,
    boolean referenceRun) {}
