package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.docker.DockerRuntime;
import hexlet.lesson.engine.docker.ExampleCourses;
import hexlet.lesson.engine.docker.RequiresDocker;
import hexlet.lesson.engine.docker.TestImages;
import hexlet.lesson.engine.runtime.ContainerOwner;
import hexlet.lesson.engine.runtime.LabelledContainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A grader stopped in the middle of {@code check --jobs 4}, four containers running: Ctrl-C ends it
 * cleanly with nothing left; SIGKILL leaves the four behind, and the next grader to start removes
 * them. The packaged CLI runs as a child process with its own temporary folder.
 */
@RequiresDocker
class CrashSafetyIT {
  private static final int JOBS = 4;
  private static final DockerRuntime RUNTIME = DockerRuntime.fromEnvironment();
  private static Path course;
  private static Path right;
  private static String image;

  @BeforeAll
  static void setUp(@TempDir Path dir) throws Exception {
    course = ExampleCourses.copy("python-basics", dir.resolve("course"));
    image = TestImages.of(new CourseLoader().load(course)).tag();
    // Every run of the course now lasts a minute, so four of them are running at once; the image
    // is the example's, since each run takes the lesson's tests from the course folder.
    try (Stream<Path> files = Files.walk(course.resolve("modules"))) {
      for (Path test : files.filter(f -> f.endsWith("test_solution.py")).toList()) {
        Files.writeString(test, "import time\ntime.sleep(60)\n" + Files.readString(test));
      }
    }
    right =
        Files.writeString(
            dir.resolve("right.py"), "def greet(name):\n    return f'Hello, {name}!'\n");
  }

  @AfterAll
  static void close() {
    RUNTIME.close();
  }

  @Test
  void ctrlCDuringCheckWithFourJobsStopsAtOnceLeavingNothing(@TempDir Path tmp) throws Exception {
    Process check =
        start(tmp, "check", course.toString(), "--jobs", "4", "--image", image, "--time", "120s");
    awaitContainers(check, JOBS);

    new ProcessBuilder("kill", "-INT", Long.toString(check.pid())).start().waitFor();

    assertThat(check.waitFor(30, TimeUnit.SECONDS)).as("the check ends").isTrue();
    assertThat(check.exitValue()).as("exit code").isEqualTo(ExitCodes.INTERRUPTED);
    assertThat(Files.readString(tmp.resolve("check.out"))).doesNotContain("\tat ", "Exception");
    assertThat(containersOf(check.pid())).as("containers left").isEmpty();
    assertThat(files(tmp)).as("temporary files left").isEmpty();
  }

  @Test
  void sigkillDuringCheckLeavesContainersThatTheNextGraderRemoves(@TempDir Path tmp)
      throws Exception {
    Process check =
        start(tmp, "check", course.toString(), "--jobs", "4", "--image", image, "--time", "120s");
    awaitContainers(check, JOBS);

    check.destroyForcibly();
    assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(containersOf(check.pid()))
        .as("left behind by SIGKILL")
        .hasSizeGreaterThanOrEqualTo(JOBS);

    Process next =
        start(
            tmp,
            "grade",
            "10-basics/20-greeting",
            "--course",
            ExampleCourses.copy("python-basics", tmp.resolve("fresh")).toString(),
            "--image",
            image,
            "--solution",
            right.toString());
    assertThat(next.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(next.exitValue()).as(Files.readString(tmp.resolve("grade.out"))).isZero();
    assertThat(containersOf(check.pid())).as("reaped by the next grader").isEmpty();
  }

  private static Process start(Path tmp, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + Files.createDirectories(tmp.resolve("java-tmp")),
                "-jar",
                Path.of("target", "hexlet-lesson.jar").toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve(args[0] + ".out").toFile())
        .start();
  }

  /** Polls the engine until the process has {@code count} containers: its own progress. */
  private static void awaitContainers(Process grader, int count) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (containersOf(grader.pid()).stream().filter(LabelledContainer::running).count() < count) {
      assertThat(grader.isAlive()).as("the grader is still running").isTrue();
      assertThat(Instant.now()).as(count + " containers appear").isBefore(deadline);
      Thread.onSpinWait();
    }
  }

  private static List<LabelledContainer> containersOf(long pid) {
    return RUNTIME.containers(ContainerOwner.OWNER).stream()
        .filter(c -> ContainerOwner.of(c.labels()).map(o -> o.pid() == pid).orElse(false))
        .toList();
  }

  private static List<Path> files(Path tmp) throws IOException {
    try (Stream<Path> files = Files.list(tmp.resolve("java-tmp"))) {
      return files.toList();
    }
  }
}
