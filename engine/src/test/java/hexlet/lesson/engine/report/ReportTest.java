package hexlet.lesson.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.engine.grade.ErrorReason;
import hexlet.lesson.engine.grade.RunOutcome;
import hexlet.lesson.engine.grade.TestResult;
import hexlet.lesson.engine.grade.TestStatus;
import hexlet.lesson.engine.grade.Verdict;
import hexlet.lesson.grading.GradingConfig;
import hexlet.lesson.grading.Limits;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final GradingConfig CONFIG =
      new GradingConfig(
          Optional.empty(), Optional.empty(), Limits.DEFAULTS, Map.of("m.a", 3), List.of());
  private static final RunOutcome OUTCOME =
      new RunOutcome(
          1,
          false,
          false,
          false,
          Optional.empty(),
          "",
          Duration.ofMillis(1500),
          OptionalLong.of(7));

  private static TestResult test(String name, TestStatus status) {
    return new TestResult(name, status, "", "", 1);
  }

  private static Report report(Verdict verdict, Optional<Set<String>> expected) {
    return Report.of("m/l", verdict, OUTCOME, CONFIG, expected, SampleReports.PROVENANCE);
  }

  @Test
  void scoresThePointsOfPassedTestsOutOfAllTests() {
    var verdict =
        new Verdict(
            TestStatus.FAIL,
            Optional.empty(),
            "1 of 2 tests failed: m.b.",
            List.of(test("m.a", TestStatus.PASS), test("m.b", TestStatus.FAIL)));

    Report report = report(verdict, Optional.of(Set.of("m.a", "m.b")));

    assertThat(report.version()).isEqualTo(3);
    assertThat(report.score()).isEqualTo(3);
    assertThat(report.maxScore()).isEqualTo(4);
    assertThat(report.failedTests()).extracting(TestResult::name).containsExactly("m.b");
    assertThat(report.durationMs()).isEqualTo(1500);
    assertThat(report.peakMemoryBytes()).hasValue(7);
    assertThat(report.limits()).isEqualTo(Limits.DEFAULTS);
  }

  @Test
  void anErrorScoresNothingOutOfTheLessonsTests() {
    var verdict =
        new Verdict(
            TestStatus.ERROR,
            Optional.of(ErrorReason.RUNNER),
            "Every test passed, but ...",
            List.of(test("m.a", TestStatus.PASS), test("m.b", TestStatus.PASS)));
    var timeout =
        new Verdict(TestStatus.ERROR, Optional.of(ErrorReason.TIMEOUT), "late", List.of());

    assertThat(report(verdict, Optional.of(Set.of("m.a", "m.b"))).score()).isZero();
    assertThat(report(timeout, Optional.of(Set.of("m.a", "m.b"))).maxScore()).isEqualTo(4);
  }

  @Test
  void theReferenceRunCountsItsOwnTests() {
    var verdict =
        new Verdict(
            TestStatus.PASS,
            Optional.empty(),
            "",
            List.of(test("m.a", TestStatus.PASS), test("m.c", TestStatus.PASS)));

    Report report = report(verdict, Optional.empty());

    assertThat(report.score()).isEqualTo(4);
    assertThat(report.maxScore()).isEqualTo(4);
  }
}
