package hexlet.lesson.engine.batch;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.engine.grade.ErrorReason;
import hexlet.lesson.engine.grade.TestResult;
import hexlet.lesson.engine.grade.TestStatus;
import hexlet.lesson.engine.report.Provenance;
import hexlet.lesson.engine.report.Report;
import hexlet.lesson.engine.run.SandboxFile;
import hexlet.lesson.grading.Limits;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A lesson of two tests graded without containers: the solution's text says how it goes. {@code
 * right} passes, {@code wrong} fails test_b, {@code slow} times out, {@code boom} makes the grader
 * fail, {@code down} loses the engine.
 */
final class FakeLesson implements LessonGrading {
  static final String LESSON = "10-basics/10-hello";
  static final String TEST_A = "test_solution.test_a";
  static final String TEST_B = "test_solution.test_b";

  final AtomicInteger grades = new AtomicInteger();
  volatile String key = "key-1";

  @Override
  public String lessonId() {
    return LESSON;
  }

  @Override
  public String exerciseFilename() {
    return "solution.py";
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public Report grade(List<SandboxFile> files) {
    grades.incrementAndGet();
    String code =
        files.stream()
            .filter(f -> f.path().equals("solution.py"))
            .map(f -> new String(f.content(), StandardCharsets.UTF_8))
            .findFirst()
            .orElse("");
    if (code.contains("down")) {
      throw ToolException.environment("cannot reach the Docker engine", null);
    }
    if (code.contains("boom")) {
      throw new IllegalStateException("the grader broke");
    }
    if (code.contains("slow")) {
      return report(TestStatus.ERROR, Optional.of(ErrorReason.TIMEOUT), "Too slow.", List.of(), 0);
    }
    boolean right = code.contains("right");
    var a = new TestResult(TEST_A, TestStatus.PASS, "", "", 1);
    var b =
        new TestResult(
            TEST_B, right ? TestStatus.PASS : TestStatus.FAIL, right ? "" : "assert 1 == 2", "", 1);
    return right
        ? report(TestStatus.PASS, Optional.empty(), "", List.of(a, b), 2)
        : report(TestStatus.FAIL, Optional.empty(), "1 of 2 tests failed.", List.of(a, b), 1);
  }

  @Override
  public Report ungraded(String problem, Instant startedAt) {
    return report(TestStatus.ERROR, Optional.of(ErrorReason.SUBMISSION), problem, List.of(), 0);
  }

  private Report report(
      TestStatus status,
      Optional<ErrorReason> reason,
      String message,
      List<TestResult> tests,
      int score) {
    return new Report(
        Report.VERSION,
        LESSON,
        status,
        reason,
        message,
        score,
        2,
        100,
        OptionalLong.of(30L << 20),
        Limits.DEFAULTS,
        new Provenance(
            Optional.empty(), "sha256:fake", "1.0", Instant.parse("2026-01-01T00:00:00Z")),
        tests);
  }
}
