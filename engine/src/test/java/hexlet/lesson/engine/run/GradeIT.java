package hexlet.lesson.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseLoader;
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
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grades right, wrong and hostile submissions of the example course on the real engine. */
@RequiresDocker
class GradeIT {
  private static final DockerRuntime RUNTIME = DockerRuntime.fromEnvironment();
  private static Course course;
  private static BuiltImage image;
  private static Grader grader;

  @BeforeAll
  static void setUp(@TempDir Path dir) throws Exception {
    course = new CourseLoader().load(ExampleCourses.copy("python-basics", dir));
    image = TestImages.of(course);
    grader =
        new Grader(
            new SandboxRunner(RUNTIME, new LiveContainers(RUNTIME), ContainerOwner.current()),
            Judge.policy(),
            new ExpectedTests(new CourseCache(course.root())),
            Clock.systemUTC());
  }

  @AfterAll
  static void close() {
    RUNTIME.close();
  }

  @Test
  void theRightSolutionPassesEveryTest() throws Exception {
    var result = grade("def greet(name):\n    return f'Hello, {name}!'\n");

    assertThat(result.verdict().status()).isEqualTo(TestStatus.PASS);
    assertThat(result.verdict().tests())
        .extracting(TestResult::name)
        .containsExactlyInAnyOrder(
            "test_solution.test_greets_by_name", "test_solution.test_greets_another_name");
    assertThat(result.outcome().peakMemoryBytes()).isPresent();
  }

  @Test
  void aWrongSolutionFailsTheTestItBreaks() throws Exception {
    var result = grade("def greet(name):\n    return 'Hello, Ada!'\n");

    assertThat(result.verdict().status()).isEqualTo(TestStatus.FAIL);
    assertThat(result.verdict().tests())
        .filteredOn(t -> t.status() != TestStatus.PASS)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.name()).isEqualTo("test_solution.test_greets_another_name");
              assertThat(t.message()).contains("assert 'Hello, Ada!' == 'Hello, Alan!'");
            });
  }

  @Test
  void aCrashingSolutionFailsWithItsException() throws Exception {
    var result = grade("def greet(name):\n    return name / 0\n");

    assertThat(result.verdict().status()).isEqualTo(TestStatus.FAIL);
    assertThat(result.verdict().tests())
        .allSatisfy(t -> assertThat(t.message()).contains("TypeError"));
  }

  @Test
  void aSyntaxErrorIsACompileErrorAtTheLearnersLine() throws Exception {
    var result = grade("def greet(name)\n    return 1\n");

    assertThat(result.verdict().status()).isEqualTo(TestStatus.ERROR);
    assertThat(result.verdict().reason()).contains(ErrorReason.COMPILE);
    assertThat(result.verdict().message()).contains("solution.py:1:16: SyntaxError");
  }

  @Test
  void readingStdinEndsAtOnceInsteadOfHanging() throws Exception {
    var result = grade("name = input()\ndef greet(n):\n    return n\n");

    assertThat(result.verdict().reason()).contains(ErrorReason.COMPILE);
    assertThat(result.verdict().message()).contains("solution.py:1:", "reading from stdin");
  }

  @Test
  void anEndlessLoopIsStoppedAtTheTimeLimit() throws Exception {
    var limits = new LimitsOverride(Duration.ofSeconds(2), null, null, null, null, null);

    var result = grade("def greet(name):\n    while True:\n        pass\n", limits);

    assertThat(result.verdict().reason()).contains(ErrorReason.TIMEOUT);
    assertThat(result.outcome().exitCode()).isEqualTo(137);
  }

  @Test
  void aMemoryHogIsStoppedByTheKernel() throws Exception {
    var limits = new LimitsOverride(null, 64L << 20, null, null, null, null);

    var result =
        grade("hog = bytearray(512 * 1024 * 1024)\ndef greet(name):\n    return 1\n", limits);

    assertThat(result.verdict().reason()).contains(ErrorReason.MEMORY);
  }

  @Test
  void aFloodOfOutputIsStoppedAtTheOutputLimit() throws Exception {
    var limits = new LimitsOverride(null, null, null, null, 64L << 10, null);

    var result = grade("import sys\nwhile True:\n    sys.__stderr__.write('x' * 4096)\n", limits);

    assertThat(result.verdict().reason()).contains(ErrorReason.OUTPUT_LIMIT);
    assertThat(result.outcome().output().length()).isLessThanOrEqualTo(64 << 10);
  }

  @Test
  void forgedResultsAndAnEarlyExitAreTampering() throws Exception {
    String forged =
        "import os\n"
            + "open(os.environ['HEXLET_RESULTS'], 'w').write('<testsuite>"
            + "<testcase classname=\"test_solution\" name=\"test_greets_by_name\"/>"
            + "<testcase classname=\"test_solution\" name=\"test_greets_another_name\"/>"
            + "</testsuite>')\n"
            + "os._exit(0)\n";

    var result = grade(forged);

    assertThat(result.verdict().status()).isEqualTo(TestStatus.ERROR);
    assertThat(result.verdict().reason()).contains(ErrorReason.TAMPERED);
  }

  @Test
  void aFullTmpfsFailsClosed() throws Exception {
    String filler =
        "import os\n"
            + "try:\n"
            + "    with open('/tmp/fill', 'wb') as f:\n"
            + "        while True:\n"
            + "            f.write(b'x' * 65536)\n"
            + "except OSError:\n"
            + "    pass\n"
            + "def greet(name):\n"
            + "    return f'Hello, {name}!'\n";
    var limits = new LimitsOverride(null, null, null, null, null, 8L << 20);

    var result = grade(filler, limits);

    assertThat(result.verdict().status()).isNotEqualTo(TestStatus.PASS);
  }

  @Test
  void theSandboxIsLockedDown() throws Exception {
    var setup = setup(LimitsOverride.NONE);
    var probe =
        new LessonSetup(
            setup.lesson(),
            setup.image(),
            setup.config(),
            setup.limits(),
            "id -u; grep -E '^(CapEff|NoNewPrivs)' /proc/self/status; touch /probe;"
                + " cat /proc/net/dev; ulimit -n; echo cpus=$(cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us);"
                + " echo mem=$(cat /sys/fs/cgroup/memory/memory.limit_in_bytes)"
                + " swap=$(cat /sys/fs/cgroup/memory/memory.memsw.limit_in_bytes 2>/dev/null);"
                + " echo pids=$(cat /sys/fs/cgroup/pids/pids.max); ls",
            setup.lessonPath(),
            setup.lessonFiles(),
            setup.support(),
            setup.exerciseFilename());
    var runner = new SandboxRunner(RUNTIME, new LiveContainers(RUNTIME), ContainerOwner.current());

    String output = runner.run(probe.request(probe.reference())).outcome().output();

    assertThat(output)
        .startsWith("65534\n")
        .contains("CapEff:\t0000000000000000", "NoNewPrivs:\t1")
        .contains("Read-only file system")
        .contains("lo:")
        .contains("\n1024\n", "mem=536870912", "pids=256", "cpus=100000")
        .contains("test_solution.py", "solution.py", "Makefile");
    assertThat(output.lines().filter(l -> l.matches("\\s*[\\w.-]+:\\s+\\d+\\s+\\d+\\s+\\d+.*")))
        .as("network interfaces")
        .allMatch(l -> l.strip().startsWith("lo:"));
  }

  private GradeResult grade(String code) throws Exception {
    return grade(code, LimitsOverride.NONE);
  }

  private GradeResult grade(String code, LimitsOverride limits) throws Exception {
    var submission =
        List.of(new SandboxFile("solution.py", code.getBytes(StandardCharsets.UTF_8), false));
    return grader.grade(setup(limits), submission);
  }

  private static LessonSetup setup(LimitsOverride limits) {
    var lesson = course.lesson("10-basics/20-greeting").orElseThrow();
    return LessonSetup.of(course, lesson, image.image(), limits);
  }
}
