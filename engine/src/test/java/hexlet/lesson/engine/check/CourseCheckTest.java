package hexlet.lesson.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.TestCourses;
import hexlet.lesson.engine.image.CourseCache;
import hexlet.lesson.engine.run.ExpectedTests;
import hexlet.lesson.engine.run.FakePytest;
import hexlet.lesson.engine.run.Judge;
import hexlet.lesson.engine.run.LessonSetup;
import hexlet.lesson.engine.run.SandboxRunner;
import hexlet.lesson.engine.runtime.ContainerOwner;
import hexlet.lesson.engine.runtime.FakeRuntime;
import hexlet.lesson.engine.runtime.ImageInfo;
import hexlet.lesson.engine.runtime.LiveContainers;
import hexlet.lesson.grading.LimitsOverride;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseCheckTest {
  private static final ImageInfo IMAGE = new ImageInfo("sha256:c", "/course", Map.of(), Map.of());

  @TempDir Path root;
  private final FakeRuntime runtime = new FakeRuntime();
  private Course course;

  @BeforeEach
  void setUp() {
    TestCourses.python(root);
    TestCourses.lesson(
        root,
        "10-basics/20-free",
        "def free():\n    return 1\n",
        "from solution import free\n\ndef test_free():\n    assert free() == 1\n");
    course = new CourseLoader().load(root);
    // Plays pytest: an empty or marker-only solution cannot load, anything with code passes.
    runtime.program(
        c -> {
          String solution =
              c.files().entrySet().stream()
                  .filter(e -> e.getKey().endsWith("/solution.py"))
                  .map(e -> new String(e.getValue()))
                  .findFirst()
                  .orElse("");
          boolean loads = solution.contains("return");
          return loads ? FakePytest.run(c, "test_ok") : FakePytest.compileError(c);
        });
  }

  @Test
  void theReferenceMustPassAndTheStarterMustNot() throws Exception {
    TestCourses.write(
        root.resolve("modules/10-basics/20-free/solution.py"), "def free():\n    return 1\n");
    List<LessonCheck> seen = Collections.synchronizedList(new ArrayList<>());

    var result = check(2).check(course.lessons(), this::setup, progress(seen));

    assertThat(result.lessons())
        .extracting(LessonCheck::lessonId)
        .containsExactly("10-basics/10-hello", "10-basics/20-free");
    var hello = result.lessons().get(0);
    assertThat(hello.ok()).isTrue();
    assertThat(hello.reference().orElseThrow().label()).isEqualTo("pass");
    assertThat(hello.starter().orElseThrow().label()).isEqualTo("error: compile");
    var free = result.lessons().get(1);
    assertThat(free.ok()).as("no markers, but the empty starter cannot load").isTrue();
    assertThat(result.ok()).isTrue();
    assertThat(seen).hasSize(2);
    assertThat(runtime.history()).hasSize(4);
    assertThat(runtime.existing()).isEmpty();
    assertThat(root.resolve(".hexlet-lesson/expected/10-basics/20-free.json")).exists();
  }

  @Test
  void aStarterThatPassesBreaksTheLesson() throws Exception {
    TestCourses.write(
        root.resolve("modules/10-basics/20-free/solution.py"),
        "def free():\n    return 1\n# BEGIN\n# END\n");

    var result = check(1).check(course.lessons(), this::setup, CheckProgress.NONE);

    assertThat(result.ok()).isFalse();
    assertThat(result.broken()).isEqualTo(1);
    assertThat(result.lessons().get(1).problems())
        .singleElement()
        .asString()
        .contains("the starter passes");
  }

  @Test
  void aLessonThatCannotBeSetUpIsBrokenAndTheOthersStillRun() throws Exception {
    TestCourses.write(root.resolve("modules/10-basics/20-free/solution.py"), "# BEGIN\nx\n");

    var result = check(2).check(course.lessons(), this::setup, CheckProgress.NONE);

    assertThat(result.lessons().get(0).ok()).isTrue();
    assertThat(result.lessons().get(1).problems())
        .singleElement()
        .asString()
        .contains("BEGIN without a matching END");
    assertThat(result.lessons().get(1).reference()).isEmpty();
  }

  @Test
  void aLessonWhoseRunsCannotBeMadeIsBrokenAndTheOthersStillRun() throws Exception {
    TestCourses.write(
        root.resolve("modules/10-basics/20-free/lesson.yml"), "grading:\n  results: /etc/passwd\n");
    course = new CourseLoader().load(root);

    var result = check(2).check(course.lessons(), this::setup, CheckProgress.NONE);

    assertThat(result.lessons().get(0).ok()).isTrue();
    assertThat(result.lessons().get(1).problems())
        .singleElement()
        .asString()
        .contains("grading.results '/etc/passwd' must be a path inside the lesson folder");
    assertThat(runtime.existing()).isEmpty();
  }

  @Test
  void noMoreRunsThanJobsAtOnce() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    FakeRuntime.Program passing =
        c -> {
          most.accumulateAndGet(running.incrementAndGet(), Math::max);
          try {
            return FakePytest.run(c, "test_ok");
          } finally {
            running.decrementAndGet();
          }
        };
    runtime.program(passing);

    check(1).check(course.lessons(), this::setup, CheckProgress.NONE);

    assertThat(most.get()).isEqualTo(1);
  }

  private LessonSetup setup(hexlet.lesson.course.Lesson lesson) {
    try {
      return LessonSetup.of(course, lesson, IMAGE, LimitsOverride.NONE);
    } catch (ToolException e) {
      throw e;
    }
  }

  private CourseCheck check(int jobs) {
    return new CourseCheck(
        new SandboxRunner(runtime, new LiveContainers(runtime), ContainerOwner.current()),
        Judge.policy(),
        new ExpectedTests(new CourseCache(root)),
        jobs,
        Clock.systemUTC());
  }

  private static CheckProgress progress(List<LessonCheck> seen) {
    return new CheckProgress() {
      @Override
      public void started(int lessons) {}

      @Override
      public void finished(LessonCheck lesson) {
        seen.add(lesson);
      }
    };
  }
}
