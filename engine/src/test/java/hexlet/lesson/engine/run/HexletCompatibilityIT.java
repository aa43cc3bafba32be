package hexlet.lesson.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.TestCourses;
import hexlet.lesson.engine.docker.DockerRuntime;
import hexlet.lesson.engine.docker.ExampleCourses;
import hexlet.lesson.engine.docker.RequiresDocker;
import hexlet.lesson.engine.docker.TestImages;
import hexlet.lesson.engine.grade.ErrorReason;
import hexlet.lesson.engine.grade.TestResult;
import hexlet.lesson.engine.grade.TestStatus;
import hexlet.lesson.engine.image.BuiltImage;
import hexlet.lesson.engine.image.CourseCache;
import hexlet.lesson.engine.runtime.ContainerOwner;
import hexlet.lesson.engine.runtime.LiveContainers;
import hexlet.lesson.grading.LimitsOverride;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hexlet-style lessons. One whose Makefile {@code test} target checks the solution without pytest:
 * no JUnit XML comes back, so the lesson is judged as a whole by the exit code. One whose test
 * imports the learner's script inside the test, as Hexlet's {@code expect_output} does, so that a
 * syntax error surfaces while a test runs rather than at collection.
 */
@RequiresDocker
class HexletCompatibilityIT {
  private static final String LESSON = "10-basics/10-hello-world";
  private static final String OUTPUT_LESSON = "10-basics/20-greeting";
  private static final DockerRuntime RUNTIME = DockerRuntime.fromEnvironment();
  private static Course course;
  private static BuiltImage image;
  private static Grader grader;

  @BeforeAll
  static void setUp(@TempDir Path dir) {
    Path root = ExampleCourses.copy("python-basics", dir);
    Path lesson = root.resolve("modules/" + LESSON);
    TestCourses.write(lesson.resolve("Makefile"), "test:\n\t@python3 check.py\n");
    TestCourses.write(
        lesson.resolve("check.py"),
        "from solution import hello\n"
            + "assert hello() == 'Hello, World!', 'hello() must return the greeting'\n"
            + "print('ok')\n");
    Path output = root.resolve("modules/" + OUTPUT_LESSON);
    TestCourses.write(output.resolve("solution.py"), "print('Hello, Ada!')\n");
    TestCourses.write(
        output.resolve("test_solution.py"),
        "import importlib\n\n\n"
            + "def test_prints_the_greeting(capsys):\n"
            + "    importlib.import_module('solution')\n"
            + "    assert capsys.readouterr().out.strip() == 'Hello, Ada!'\n");
    course = new CourseLoader().load(root);
    image = TestImages.of(course);
    grader =
        new Grader(
            new SandboxRunner(RUNTIME, new LiveContainers(RUNTIME), ContainerOwner.current()),
            Judge.policy(),
            new ExpectedTests(new CourseCache(root)),
            Clock.systemUTC());
  }

  @AfterAll
  static void close() {
    RUNTIME.close();
  }

  @Test
  void aRightSolutionPassesAsOneWholeLessonTest() throws Exception {
    var result = grade("def hello():\n    return 'Hello, World!'\n");

    assertThat(result.verdict().status()).isEqualTo(TestStatus.PASS);
    assertThat(result.verdict().tests()).extracting(TestResult::name).containsExactly(LESSON);
    assertThat(result.setup().testCommand()).isEqualTo("make test");
  }

  @Test
  void aWrongSolutionFailsWithTheCommandsOutput() throws Exception {
    var result = grade("def hello():\n    return 'Hi'\n");

    assertThat(result.verdict().status()).isEqualTo(TestStatus.FAIL);
    assertThat(result.verdict().tests())
        .singleElement()
        .satisfies(t -> assertThat(t.output()).contains("hello() must return the greeting"));
  }

  @Test
  void aSyntaxErrorInAScriptTheTestImportsIsACompileErrorAtTheLearnersLine() throws Exception {
    var result = grade(OUTPUT_LESSON, "print('Hello, Ada!'\n");

    assertThat(result.verdict().status()).isEqualTo(TestStatus.ERROR);
    assertThat(result.verdict().reason()).hasValue(ErrorReason.COMPILE);
    assertThat(result.verdict().message())
        .isEqualTo(
            "Your code could not be loaded: solution.py:1:6: SyntaxError: '(' was never closed");
    assertThat(result.verdict().tests())
        .singleElement()
        .satisfies(t -> assertThat(t.message()).doesNotContain("/exercises-python", "importlib"));
  }

  @Test
  void aScriptTheTestImportsThatRunsButPrintsWrongStillFails() throws Exception {
    var result = grade(OUTPUT_LESSON, "print('Hello, Alan!')\n");

    assertThat(result.verdict().status()).isEqualTo(TestStatus.FAIL);
  }

  private static GradeResult grade(String code) throws Exception {
    return grade(LESSON, code);
  }

  private static GradeResult grade(String lesson, String code) throws Exception {
    var setup =
        LessonSetup.of(
            course, course.lesson(lesson).orElseThrow(), image.image(), LimitsOverride.NONE);
    return grader.grade(
        setup,
        List.of(new SandboxFile("solution.py", code.getBytes(StandardCharsets.UTF_8), false)));
  }
}
