package hexlet.lesson.engine.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.engine.grade.ErrorReason;
import hexlet.lesson.engine.grade.TestStatus;
import hexlet.lesson.engine.report.ReportJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchGradingTest {
  @TempDir Path tmp;
  private final FakeLesson lesson = new FakeLesson();

  private Path submissions() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("submissions"));
    folder(dir, "alice", "right");
    folder(dir, "bob", "wrong");
    Archives.zip(dir.resolve("carol.zip"), "carol/solution.py", "wrong");
    Archives.zip(dir.resolve("mallory.zip"), "../solution.py", "right");
    Files.writeString(dir.resolve("dave.py"), "slow");
    folder(dir, "erin", "boom");
    return dir;
  }

  private static void folder(Path dir, String learner, String code) throws Exception {
    Files.createDirectories(dir.resolve(learner));
    Files.writeString(dir.resolve(learner).resolve("solution.py"), code);
  }

  private BatchResult run(Path dir, int jobs, boolean force) throws Exception {
    return run(dir, jobs, force, BatchProgress.NONE);
  }

  private BatchResult run(Path dir, int jobs, boolean force, BatchProgress progress)
      throws Exception {
    return new BatchGrading(lesson, new ReportStore(tmp.resolve("reports")), Clock.systemUTC())
        .run(Submissions.in(dir), jobs, force, progress);
  }

  private static Map<String, LearnerResult.Outcome> outcomes(BatchResult result) {
    return result.learners().stream()
        .collect(Collectors.toMap(LearnerResult::learner, LearnerResult::outcome));
  }

  @Test
  void everySubmissionGetsAReportAndBrokenOnesDoNotStopTheBatch() throws Exception {
    BatchResult result = run(submissions(), 3, false);

    assertThat(result.learners())
        .extracting(LearnerResult::learner)
        .containsExactly("alice", "bob", "carol", "dave", "erin", "mallory");
    assertThat(outcomes(result))
        .containsEntry("alice", LearnerResult.Outcome.GRADED)
        .containsEntry("dave", LearnerResult.Outcome.GRADED)
        .containsEntry("erin", LearnerResult.Outcome.NOT_GRADED)
        .containsEntry("mallory", LearnerResult.Outcome.NOT_GRADED);
    assertThat(result.allGraded()).isFalse();
    var mallory = result.learners().get(5).report();
    assertThat(mallory.status()).isEqualTo(TestStatus.ERROR);
    assertThat(mallory.reason()).contains(ErrorReason.SUBMISSION);
    assertThat(mallory.message()).contains("mallory.zip: entry '../solution.py'");
    assertThat(result.learners().get(4).report().message()).contains("the grader broke");
    for (String learner : List.of("alice", "bob", "carol", "dave", "erin", "mallory")) {
      Path report = tmp.resolve("reports").resolve(learner + ".json");
      assertThat(ReportJson.parse(Files.readString(report)).lesson()).isEqualTo(FakeLesson.LESSON);
    }
  }

  @Test
  void aRerunKeepsUpToDateReportsAndRetriesTheOnesNotGraded() throws Exception {
    Path dir = submissions();
    run(dir, 2, false);
    int firstGrades = lesson.grades.get();

    BatchResult again = run(dir, 2, false);

    assertThat(firstGrades).isEqualTo(5);
    assertThat(lesson.grades.get() - firstGrades).as("grades in the rerun").isEqualTo(1);
    assertThat(outcomes(again))
        .containsEntry("alice", LearnerResult.Outcome.UP_TO_DATE)
        .containsEntry("carol", LearnerResult.Outcome.UP_TO_DATE)
        .containsEntry("dave", LearnerResult.Outcome.UP_TO_DATE)
        .containsEntry("erin", LearnerResult.Outcome.NOT_GRADED)
        .containsEntry("mallory", LearnerResult.Outcome.NOT_GRADED);
    assertThat(again.learners().get(1).report().status()).isEqualTo(TestStatus.FAIL);
  }

  @Test
  void aChangedSubmissionAChangedGradingOrForceGradeAgain() throws Exception {
    Path dir = submissions();
    run(dir, 2, false);

    Files.writeString(dir.resolve("bob/solution.py"), "right");
    BatchResult changed = run(dir, 2, false);
    lesson.key = "key-2";
    BatchResult newKey = run(dir, 2, false);
    BatchResult forced = run(dir, 2, true);

    assertThat(outcomes(changed))
        .containsEntry("bob", LearnerResult.Outcome.GRADED)
        .containsEntry("alice", LearnerResult.Outcome.UP_TO_DATE);
    assertThat(changed.learners().get(1).report().status()).isEqualTo(TestStatus.PASS);
    assertThat(newKey.count(LearnerResult.Outcome.GRADED)).isEqualTo(4);
    assertThat(forced.count(LearnerResult.Outcome.GRADED)).isEqualTo(4);
    assertThat(forced.count(LearnerResult.Outcome.UP_TO_DATE)).isZero();
  }

  @Test
  void aReportEditedByHandOrRemovedIsGradedAgain() throws Exception {
    Path dir = submissions();
    run(dir, 1, false);
    Files.delete(tmp.resolve("reports/alice.json"));
    Files.writeString(tmp.resolve("reports/bob.json"), "{ broken");

    BatchResult again = run(dir, 1, false);

    assertThat(outcomes(again))
        .containsEntry("alice", LearnerResult.Outcome.GRADED)
        .containsEntry("bob", LearnerResult.Outcome.GRADED)
        .containsEntry("carol", LearnerResult.Outcome.UP_TO_DATE);
  }

  @Test
  void losingTheEngineStopsTheBatch() throws Exception {
    Path dir = submissions();
    folder(dir, "zed", "down");

    assertThatThrownBy(() -> run(dir, 2, false))
        .isInstanceOfSatisfying(
            ToolException.class,
            e -> assertThat(e.kind()).isEqualTo(ToolException.Kind.ENVIRONMENT));
  }

  @Test
  void progressHearsOfEverySubmissionOnce() throws Exception {
    Map<String, Integer> heard = new ConcurrentHashMap<>();
    int[] total = new int[1];

    run(
        submissions(),
        4,
        false,
        new BatchProgress() {
          @Override
          public void started(int submissions) {
            total[0] = submissions;
          }

          @Override
          public void finished(LearnerResult result) {
            heard.merge(result.learner(), 1, Integer::sum);
          }
        });

    assertThat(total[0]).isEqualTo(6);
    assertThat(heard).hasSize(6).allSatisfy((learner, times) -> assertThat(times).isOne());
  }

  @Test
  void theSummaryCountsStatusesAndTheTestsThatFailMost() throws Exception {
    BatchResult result = run(submissions(), 2, false);

    CohortSummary summary = CohortSummary.of(result);

    assertThat(summary.statuses())
        .containsEntry(TestStatus.PASS, 1L)
        .containsEntry(TestStatus.FAIL, 2L)
        .containsEntry(TestStatus.ERROR, 1L);
    assertThat(summary.reasons()).containsEntry(ErrorReason.TIMEOUT, 1L);
    assertThat(summary.failingTests())
        .containsExactly(new CohortSummary.FailingTest(FakeLesson.TEST_B, 2));
    assertThat(summary.testedLearners()).isEqualTo(3);
    assertThat(summary.meanScore()).isEqualTo(1.0);
    assertThat(summary.notGraded())
        .extracting(LearnerResult::learner)
        .containsExactly("erin", "mallory");
    assertThat(summary.text())
        .contains("6 submissions, 4 graded now, 0 up to date, 2 not graded")
        .contains("  error         1  (timeout 1)")
        .contains("  not graded    2")
        .contains("     2   67%  test_solution.test_b")
        .contains("mallory: mallory.zip: entry '../solution.py'");
    assertThat(summary.json()).contains("\"failed\" : 2").contains("\"not_graded\" : 2");
    assertThat(summary.markdown()).contains("| `test_solution.test_b` | 2 | 67% |");
  }
}
