package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.TestCourses;
import hexlet.lesson.engine.grade.ErrorReason;
import hexlet.lesson.engine.grade.TestStatus;
import hexlet.lesson.engine.image.CourseCache;
import hexlet.lesson.engine.run.ExpectedTests;
import hexlet.lesson.engine.run.FakePytest;
import hexlet.lesson.engine.run.Grader;
import hexlet.lesson.engine.run.Judge;
import hexlet.lesson.engine.run.LessonSetup;
import hexlet.lesson.engine.run.SandboxFile;
import hexlet.lesson.engine.run.SandboxRunner;
import hexlet.lesson.engine.runtime.ContainerOwner;
import hexlet.lesson.engine.runtime.FakeRuntime;
import hexlet.lesson.engine.runtime.ImageInfo;
import hexlet.lesson.engine.runtime.LiveContainers;
import hexlet.lesson.grading.LimitsOverride;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch's lesson on the fake runtime: one container per submission, judged by the policy. */
class BatchLessonTest {
  private static final ImageInfo IMAGE = new ImageInfo("sha256:i", "/course", Map.of(), Map.of());
  private static final Set<String> EXPECTED =
      Set.of("test_solution.test_hello", "test_solution.test_hello_is_text");

  @TempDir Path root;
  private final FakeRuntime runtime =
      new FakeRuntime()
          .program(
              c -> {
                String code =
                    new String(
                        c.files().get("course/modules/10-basics/10-hello/solution.py"),
                        StandardCharsets.UTF_8);
                return code.contains("Hello")
                    ? FakePytest.run(c, "test_hello", "test_hello_is_text")
                    : FakePytest.run(c, "!test_hello", "test_hello_is_text");
              });
  private Course course;
  private Grader grader;

  @BeforeEach
  void setUp() {
    course = new CourseLoader().load(TestCourses.python(root));
    grader =
        new Grader(
            new SandboxRunner(runtime, new LiveContainers(runtime), ContainerOwner.current()),
            Judge.policy(),
            new ExpectedTests(new CourseCache(root)),
            Clock.systemUTC());
  }

  private LessonSetup setup(LimitsOverride limits) {
    return LessonSetup.of(course, course.lessons().get(0), IMAGE, limits);
  }

  private BatchLesson lesson(LimitsOverride limits, Set<String> expected) {
    return new BatchLesson(setup(limits), grader, expected, new ReportOutput(Optional.of("abc")));
  }

  private static List<SandboxFile> solution(String code) {
    return List.of(new SandboxFile("solution.py", code.getBytes(StandardCharsets.UTF_8), false));
  }

  @Test
  void eachSubmissionRunsOnceInItsOwnContainerAgainstTheGivenTests() throws Exception {
    var lesson = lesson(LimitsOverride.NONE, EXPECTED);

    var right = lesson.grade(solution("def hello():\n    return 'Hello, World!'\n"));
    var wrong = lesson.grade(solution("def hello():\n    return 'Bye'\n"));

    assertThat(right.status()).isEqualTo(TestStatus.PASS);
    assertThat(right.score()).isEqualTo(2);
    assertThat(wrong.status()).isEqualTo(TestStatus.FAIL);
    assertThat(wrong.failedTests())
        .singleElement()
        .satisfies(t -> assertThat(t.name()).isEqualTo("test_solution.test_hello"));
    assertThat(wrong.provenance().courseCommit()).contains("abc");
    assertThat(runtime.history()).hasSize(2);
    assertThat(runtime.existing()).isEmpty();
  }

  @Test
  void aSubmissionThatCouldNotBeGradedScoresNothingOfTheLessonsPoints() {
    Instant started = Instant.parse("2026-01-01T00:00:00Z");

    var report = lesson(LimitsOverride.NONE, EXPECTED).ungraded("bob.zip: broken", started);

    assertThat(report.status()).isEqualTo(TestStatus.ERROR);
    assertThat(report.reason()).contains(ErrorReason.SUBMISSION);
    assertThat(report.message()).isEqualTo("bob.zip: broken");
    assertThat(report.score()).isZero();
    assertThat(report.maxScore()).isEqualTo(2);
    assertThat(report.provenance().startedAt()).isEqualTo(started);
    assertThat(runtime.history()).isEmpty();
  }

  @Test
  void theKeyChangesWithTheLimitsAndTheExpectedTestsOnly() {
    var longer = new LimitsOverride(Duration.ofSeconds(20), null, null, null, null, null);

    String key = lesson(LimitsOverride.NONE, EXPECTED).key();

    assertThat(lesson(LimitsOverride.NONE, EXPECTED).key()).isEqualTo(key);
    assertThat(lesson(longer, EXPECTED).key()).isNotEqualTo(key);
    assertThat(lesson(LimitsOverride.NONE, Set.of("test_solution.test_hello")).key())
        .isNotEqualTo(key);
  }
}
