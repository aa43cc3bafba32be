package hexlet.lesson.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.TestCourses;
import hexlet.lesson.engine.runtime.ContainerOwner;
import hexlet.lesson.engine.runtime.FakeRuntime;
import hexlet.lesson.engine.runtime.ImageInfo;
import hexlet.lesson.engine.runtime.LiveContainers;
import hexlet.lesson.grading.LimitsOverride;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxRunnerTest {
  static final ImageInfo IMAGE =
      new ImageInfo(
          "sha256:course",
          "/exercises-python",
          Map.of("PYTHONPATH", "/exercises-python/src"),
          Map.of());
  private static final String LESSON_PATH = "exercises-python/modules/10-basics/10-hello";

  @TempDir Path root;
  private final FakeRuntime runtime = new FakeRuntime();
  private final SandboxRunner runner =
      new SandboxRunner(runtime, new LiveContainers(runtime), ContainerOwner.current());
  private LessonSetup setup;

  @BeforeEach
  void setUp() {
    Course course = new CourseLoader().load(TestCourses.python(root));
    setup = setup(course, LimitsOverride.NONE);
  }

  static LessonSetup setup(Course course, LimitsOverride limits) {
    return LessonSetup.of(course, course.lessons().get(0), IMAGE, limits);
  }

  @Test
  void aRunIsOneLockedContainerGivenTheLessonAndTheSubmissionOnly() throws Exception {
    runtime.program(c -> FakePytest.run(c, "test_hello"));

    var run = runner.run(setup.request(submission("def hello(): return 1\n")));

    assertThat(runtime.history()).hasSize(1);
    var container = runtime.history().get(0);
    var spec = container.spec();
    assertThat(spec.image()).isEqualTo("sha256:course");
    assertThat(spec.user()).isEqualTo("65534:65534");
    assertThat(spec.workingDir()).isEqualTo("/" + LESSON_PATH);
    assertThat(spec.labels()).containsAllEntriesOf(ContainerOwner.current().labels());
    assertThat(spec.sandbox().memoryBytes()).isEqualTo(512L << 20);
    assertThat(spec.sandbox().pids()).isEqualTo(256);
    assertThat(spec.sandbox().nanoCpus()).isEqualTo(1_000_000_000L);
    assertThat(spec.sandbox().tmpfs())
        .containsOnlyKeys("/" + LESSON_PATH, "/tmp")
        .allSatisfy((path, options) -> assertThat(options).contains("size=67108864", "uid=65534"));
    assertThat(spec.env())
        .containsEntry("HEXLET_TEST_COMMAND", "make test")
        .containsEntry("HEXLET_RESULTS", "/tmp/.hexlet/results.xml")
        .containsEntry("PYTHONPATH", "/tmp/.hexlet/python:/exercises-python/src")
        .containsEntry("PYTEST_ADDOPTS", "-p hexlet_results -p no:cacheprovider");
    assertThat(container.files())
        .containsKeys(
            LESSON_PATH + "/test_solution.py",
            LESSON_PATH + "/Makefile",
            "tmp/.hexlet/run.sh",
            "tmp/.hexlet/python/hexlet_results.py",
            "tmp/.hexlet/nonce",
            "tmp/.hexlet/runner-nonce");
    assertThat(container.file(LESSON_PATH + "/solution.py")).contains("def hello(): return 1\n");
    assertThat(run.outcome().exitCode()).isZero();
    assertThat(run.outcome().resultsXml())
        .hasValueSatisfying(x -> assertThat(x).contains("test_hello"));
    assertThat(run.outcome().peakMemoryBytes()).hasValue(42L << 20);
    assertThat(run.nonce()).contains(container.runnerNonce());
    assertThat(runtime.existing()).isEmpty();
  }

  @Test
  void aSubmissionCannotReplaceTheLessonsTests() throws Exception {
    var files =
        List.of(
            new SandboxFile("solution.py", bytes("x = 1\n"), false),
            new SandboxFile("test_solution.py", bytes("def test_forged(): pass\n"), false));

    runner.run(setup.request(files));

    assertThat(runtime.history().get(0).file(LESSON_PATH + "/test_solution.py"))
        .hasValueSatisfying(t -> assertThat(t).contains("def test_hello()"));
  }

  @Test
  void aRunPastTheWallTimeIsKilledAndMarkedTimedOut() throws Exception {
    runtime.program(c -> FakeRuntime.Result.hanging());
    var limits = new LimitsOverride(Duration.ofMillis(100), null, null, null, null, null);
    var quick = setup(new CourseLoader().load(root), limits);

    var run = runner.run(quick.request(submission("while True: pass\n")));

    assertThat(run.outcome().timedOut()).isTrue();
    assertThat(run.outcome().exitCode()).isEqualTo(137);
    assertThat(run.outcome().duration()).isEqualTo(Duration.ofMillis(100));
    assertThat(runtime.history().get(0).killed()).isTrue();
    assertThat(runtime.existing()).isEmpty();
  }

  @Test
  void outputPastTheLimitStopsTheRunAndKeepsOnlyTheLimit() throws Exception {
    runtime.program(c -> FakeRuntime.Result.hanging().withStderr("x".repeat(5000)));
    var limits = new LimitsOverride(null, null, null, null, 1000L, null);
    var small = setup(new CourseLoader().load(root), limits);

    var run = runner.run(small.request(submission("print('x' * 5000)\n")));

    assertThat(run.outcome().outputCapped()).isTrue();
    assertThat(run.outcome().timedOut()).isFalse();
    assertThat(run.outcome().output()).hasSize(1000);
    assertThat(runtime.existing()).isEmpty();
  }

  @Test
  void theEnginesOomKillIsReported() throws Exception {
    runtime.program(c -> FakeRuntime.Result.exit(137).oom());

    var run = runner.run(setup.request(submission("x = [1] * 10**10\n")));

    assertThat(run.outcome().oomKilled()).isTrue();
    assertThat(run.outcome().resultsXml()).isEmpty();
  }

  @Test
  void inLanesNoMoreRunsThanLanesRunTheirTestsWhileTheNextContainersWaitStarted() throws Exception {
    var release = new CountDownLatch(1);
    var twoTesting = new CountDownLatch(2);
    var testing = new AtomicInteger();
    var mostAtOnce = new AtomicInteger();
    runtime.program(
        c -> {
          mostAtOnce.accumulateAndGet(testing.incrementAndGet(), Math::max);
          twoTesting.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          testing.decrementAndGet();
          return FakePytest.run(c, "test_hello");
        });
    SandboxRunner twoLanes = runner.inLanes(2);
    var request = setup.request(submission("def hello(): return 1\n"));
    var threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<SandboxRun>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(threads.submit(() -> twoLanes.run(request)));
      }

      assertThat(runtime.awaitStarts(4, Duration.ofSeconds(10)))
          .as("all four containers made and started, two of them waiting for a lane")
          .isTrue();
      assertThat(twoTesting.await(10, TimeUnit.SECONDS)).as("both lanes running tests").isTrue();
      assertThat(testing).as("the two waiting containers hold no lane").hasValue(2);
      release.countDown();
      for (Future<SandboxRun> run : runs) {
        assertThat(run.get(10, TimeUnit.SECONDS).outcome().exitCode()).isZero();
      }
    } finally {
      release.countDown();
      threads.shutdownNow();
    }
    assertThat(mostAtOnce).hasValue(2);
    assertThat(runtime.history()).hasSize(4);
    assertThat(runtime.existing()).isEmpty();
  }

  @Test
  void theContainerIsRemovedWhenTheRunFails() {
    runtime.failStarts(new IllegalStateException("engine trouble"));

    assertThatThrownBy(() -> runner.run(setup.request(submission("x = 1\n"))))
        .hasMessage("engine trouble");
    assertThat(runtime.history()).hasSize(1);
    assertThat(runtime.existing()).isEmpty();
  }

  @Test
  void aResultsFileOfTheCourseIsReadInsteadAndNeedsNoSignature() throws Exception {
    TestCourses.write(
        root.resolve("spec.yml"),
        java.nio.file.Files.readString(root.resolve("spec.yml"))
            + "grading:\n  results: build/results.xml\n");
    var own = setup(new CourseLoader().load(root), LimitsOverride.NONE);

    var run = runner.run(own.request(submission("x = 1\n")));

    assertThat(runtime.history().get(0).spec().command().get(2))
        .endsWith("run.sh '/" + LESSON_PATH + "/build/results.xml'");
    assertThat(run.nonce()).isEmpty();
  }

  @Test
  void theEnginesRuntimeGivenIsPassedToTheContainer() throws Exception {
    runtime.program(c -> FakePytest.run(c, "test_hello"));
    var gvisor =
        new SandboxRunner(
            runtime, new LiveContainers(runtime), ContainerOwner.current(), Optional.of("runsc"));

    gvisor.run(setup.request(submission("def hello(): return 1\n")));
    runner.run(setup.request(submission("def hello(): return 1\n")));

    assertThat(runtime.history().get(0).spec().sandbox().ociRuntime()).contains("runsc");
    assertThat(runtime.history().get(1).spec().sandbox().ociRuntime()).isEmpty();
  }

  static List<SandboxFile> submission(String code) {
    return List.of(new SandboxFile("solution.py", bytes(code), false));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static Optional<String> none() {
    return Optional.empty();
  }
}
