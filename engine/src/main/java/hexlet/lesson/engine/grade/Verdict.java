package hexlet.lesson.engine.grade;

import java.util.List;
import java.util.Optional;

/**
 * The judgement of one run: {@code pass} (exit 0 and every expected test passed), {@code fail} (a
 * test failed) or {@code error} with a reason.
 *
 * @param message for the learner: why it failed or errored, pointing at their file and line where
 *     possible; empty on pass
 */
public record Verdict(
    TestStatus status, Optional<ErrorReason> reason, String message, List<TestResult> tests) {
  public Verdict {
    tests = List.copyOf(tests);
  }
}
