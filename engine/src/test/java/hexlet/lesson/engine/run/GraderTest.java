package hexlet.lesson.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.TestCourses;
import hexlet.lesson.engine.grade.ErrorReason;
import hexlet.lesson.engine.grade.TestStatus;
import hexlet.lesson.engine.image.CourseCache;
import hexlet.lesson.engine.runtime.ContainerOwner;
import hexlet.lesson.engine.runtime.FakeRuntime;
import hexlet.lesson.engine.runtime.LiveContainers;
import hexlet.lesson.grading.LimitsOverride;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraderTest {
  private static final String REFERENCE = "return 'Hello, World!'";

  @TempDir Path root;
  private final FakeRuntime runtime = new FakeRuntime();
  private Grader grader;
  private LessonSetup setup;

  @BeforeEach
  void setUp() {
    var course = new CourseLoader().load(TestCourses.python(root));
    setup = SandboxRunnerTest.setup(course, LimitsOverride.NONE);
    grader =
        new Grader(
            new SandboxRunner(runtime, new LiveContainers(runtime), ContainerOwner.current()),
            Judge.policy(),
            new ExpectedTests(new CourseCache(root)),
            Clock.systemUTC());
    // Plays pytest: the reference passes both tests, anything else fails one.
    runtime.program(
        c -> {
          String code = c.file(setup.lessonPath().substring(1) + "/solution.py").orElse("");
          return code.contains(REFERENCE)
              ? FakePytest.run(c, "test_hello", "test_hello_is_text")
              : FakePytest.run(c, "!test_hello", "test_hello_is_text");
        });
  }

  @Test
  void theReferenceRunsFirstOnceThenItsTestSetIsCached() throws Exception {
    var first = grader.grade(setup, SandboxRunnerTest.submission("def hello(): return 'x'\n"));
    var second = grader.grade(setup, SandboxRunnerTest.submission("def hello(): return 'y'\n"));

    assertThat(first.referenceRun()).isTrue();
    assertThat(second.referenceRun()).isFalse();
    assertThat(runtime.history()).hasSize(3);
    assertThat(second.verdict().status()).isEqualTo(TestStatus.FAIL);
    assertThat(second.expectedTests())
        .contains(Set.of("test_solution.test_hello", "test_solution.test_hello_is_text"));
    assertThat(root.resolve(".hexlet-lesson/expected/10-basics/10-hello.json")).exists();
  }

  @Test
  void aChangedTestInvalidatesTheCachedSet() throws Exception {
    grader.grade(setup, SandboxRunnerTest.submission("x\n"));
    TestCourses.write(
        root.resolve("modules/10-basics/10-hello/test_solution.py"), "def test_new(): pass\n");
    var changed = SandboxRunnerTest.setup(new CourseLoader().load(root), LimitsOverride.NONE);

    var result = grader.grade(changed, SandboxRunnerTest.submission("x\n"));

    assertThat(result.referenceRun()).isTrue();
  }

  @Test
  void resultsWithoutTheRunsSecretAreTampering() throws Exception {
    grader.referenceTests(setup);
    runtime.program(
        c ->
            c.results(
                0,
                java.util.Optional.of(
                    "<testsuite><testcase classname='test_solution' name='test_hello'/>"
                        + "<testcase classname='test_solution' name='test_hello_is_text'/>"
                        + "</testsuite>")));

    var result = grader.grade(setup, SandboxRunnerTest.submission("import os\n"));

    assertThat(result.verdict().status()).isEqualTo(TestStatus.ERROR);
    assertThat(result.verdict().reason()).contains(ErrorReason.TAMPERED);
  }

  @Test
  void aReferenceThatDoesNotPassStopsGradingWithTheLessonNamed() {
    runtime.program(c -> FakePytest.compileError(c));

    assertThatThrownBy(() -> grader.grade(setup, SandboxRunnerTest.submission("x\n")))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("solution.py: the lesson's reference solution does not pass")
        .hasMessageContaining("error: compile");
    assertThat(root.resolve(".hexlet-lesson/expected/10-basics/10-hello.json")).doesNotExist();
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
