package hexlet.lesson.grading;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one lesson is graded: our optional {@code grading:} block from spec.yml, overridden key by
 * key by the lesson's {@code lesson.yml}. A Hexlet course without the block gets the defaults.
 *
 * @param testCommand shell command run in the lesson folder; empty means the language default
 * @param results path of the JUnit XML the command writes, relative to the lesson folder; empty
 *     means the tool's own channel
 * @param limits the limits of each run
 * @param points points per test name; a test not listed is worth one point
 * @param hiddenTests lesson files the learner does not get with the starter
 */
public record GradingConfig(
    Optional<String> testCommand,
    Optional<String> results,
    Limits limits,
    Map<String, Integer> points,
    List<String> hiddenTests) {

  public GradingConfig {
    points = Map.copyOf(points);
    hiddenTests = List.copyOf(hiddenTests);
  }

  public static final GradingConfig DEFAULTS =
      new GradingConfig(Optional.empty(), Optional.empty(), Limits.DEFAULTS, Map.of(), List.of());

  public int pointsFor(String testName) {
    return points.getOrDefault(testName, 1);
  }
}
