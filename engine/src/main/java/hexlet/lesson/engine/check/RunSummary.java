package hexlet.lesson.engine.check;

import hexlet.lesson.engine.grade.RunOutcome;
import hexlet.lesson.engine.grade.TestStatus;
import hexlet.lesson.engine.grade.Verdict;
import java.time.Instant;

/** One run of a check: its verdict and what it produced. */
public record RunSummary(Verdict verdict, RunOutcome outcome, Instant startedAt) {
  public boolean passed() {
    return verdict.status() == TestStatus.PASS;
  }

  /** {@code pass}, {@code fail}, or {@code error: <reason>}. */
  public String label() {
    return verdict.status().json() + verdict.reason().map(r -> ": " + r.json()).orElse("");
  }
}
