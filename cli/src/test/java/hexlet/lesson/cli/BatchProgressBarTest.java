package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.engine.batch.LearnerResult;
import hexlet.lesson.engine.grade.ErrorReason;
import hexlet.lesson.engine.grade.TestStatus;
import hexlet.lesson.engine.report.Provenance;
import hexlet.lesson.engine.report.Report;
import hexlet.lesson.grading.Limits;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BatchProgressBarTest {
  private final StringWriter err = new StringWriter();
  private long now;

  private BatchProgressBar bar(boolean terminal, boolean quiet) {
    var console =
        new Console(new PrintWriter(new StringWriter()), new PrintWriter(err), terminal, true);
    console.configure(false, quiet, false);
    return new BatchProgressBar(console, () -> now);
  }

  private static LearnerResult result(
      String learner, TestStatus status, LearnerResult.Outcome outcome) {
    var report =
        new Report(
            Report.VERSION,
            "10-basics/10-hello",
            status,
            status == TestStatus.ERROR ? Optional.of(ErrorReason.SUBMISSION) : Optional.empty(),
            status == TestStatus.ERROR ? "ann.zip: entry '../x': '..' is not allowed\nmore" : "",
            status == TestStatus.PASS ? 2 : 0,
            2,
            100,
            OptionalLong.empty(),
            Limits.DEFAULTS,
            new Provenance(Optional.empty(), "sha256:i", "1", Instant.EPOCH),
            List.of());
    return new LearnerResult(learner, report, outcome);
  }

  @Test
  void onATerminalOneLineIsRedrawnWithTheTimeLeftFromThePaceOfTheGrades() {
    var bar = bar(true, false);
    bar.started(4);
    now = 2_000_000_000L;
    bar.finished(result("ann", TestStatus.PASS, LearnerResult.Outcome.GRADED));
    now = 4_000_000_000L;
    bar.finished(result("bob", TestStatus.FAIL, LearnerResult.Outcome.GRADED));

    String last = err.toString().substring(err.toString().lastIndexOf('\r'));
    assertThat(last)
        .startsWith("\r\u001b[2K[############------------] 2/4  50%  ETA 0:04  bob: fail 0/2");
    assertThat(err.toString()).doesNotContain("\n");
  }

  @Test
  void keptReportsDoNotSpeedUpTheEstimate() {
    var bar = bar(true, false);
    bar.started(3);
    bar.finished(result("ann", TestStatus.PASS, LearnerResult.Outcome.UP_TO_DATE));

    assertThat(bar.eta()).isEqualTo("ETA --:--");
    now = 3_000_000_000L;
    bar.finished(result("bob", TestStatus.PASS, LearnerResult.Outcome.GRADED));
    assertThat(bar.eta()).isEqualTo("ETA 0:03");
  }

  @Test
  void pipedItPrintsALinePerSubmissionWithControlCharactersReplaced() {
    var bar = bar(false, false);
    bar.started(2);
    bar.finished(result("ann", TestStatus.ERROR, LearnerResult.Outcome.NOT_GRADED));
    bar.finished(result("b\u001b[31mob", TestStatus.PASS, LearnerResult.Outcome.UP_TO_DATE));

    assertThat(err.toString())
        .isEqualTo(
            "[1/2] ann: not graded (ann.zip: entry '../x': '..' is not allowed)\n"
                + "[2/2] b?[31mob: pass 2/2 (up to date)\n");
  }

  @Test
  void quietPrintsNothing() {
    var bar = bar(true, true);
    bar.started(1);
    bar.finished(result("ann", TestStatus.PASS, LearnerResult.Outcome.GRADED));

    assertThat(err.toString()).isEmpty();
  }
}
