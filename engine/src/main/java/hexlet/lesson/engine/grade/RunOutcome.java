package hexlet.lesson.engine.grade;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one container run produced, as the engine observed it, before any judgement.
 *
 * @param exitCode the test command's exit code (137 when killed)
 * @param timedOut the grader stopped the run at the wall-time limit
 * @param oomKilled the engine reported the container as killed for memory
 * @param outputCapped the grader stopped the run because it printed more than the output limit
 * @param resultsXml the JUnit XML that came back through the results channel, if any
 * @param output the run's combined output, capped at the output limit
 * @param duration wall time of the test command
 * @param peakMemoryBytes peak memory of the container, when the engine reports it
 */
public record RunOutcome(
    int exitCode,
    boolean timedOut,
    boolean oomKilled,
    boolean outputCapped,
    Optional<String> resultsXml,
    String output,
    Duration duration,
    OptionalLong peakMemoryBytes) {}
