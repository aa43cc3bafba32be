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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command line as a separate process: a real check of the example course, and what
 * happens to containers when the grader is interrupted or killed.
 */
@RequiresDocker
class ProcessIT {
  private static final Path JAR = Path.of("target", "hexlet-lesson.jar");
  private static final DockerRuntime RUNTIME = DockerRuntime.fromEnvironment();
  private static Path course;
  private static Path loop;
  private static Path right;

  @BeforeAll
  static void setUp(@TempDir Path dir) throws IOException {
    course = ExampleCourses.copy("python-basics", dir.resolve("course"));
    TestImages.of(new CourseLoader().load(course));
    loop =
        Files.writeString(
            dir.resolve("loop.py"), "def greet(name):\n    while True:\n        pass\n");
    right =
        Files.writeString(
            dir.resolve("right.py"), "def greet(name):\n    return f'Hello, {name}!'\n");
  }

  @AfterAll
  static void close() {
    RUNTIME.close();
  }

  @Test
  void theExampleCoursePassesCheckThroughThePackagedCli() throws Exception {
    Process process = start("check", course.toString(), "--jobs", "2");

    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String out = new String(process.getInputStream().readAllBytes());
    assertThat(process.exitValue()).as(out).isZero();
    assertThat(out).contains("3 lessons checked, 0 broken");
    assertThat(containersOf(process.pid())).isEmpty();
  }

  @Test
  void ctrlCRemovesTheRunningContainer() throws Exception {
    Process grader =
        start(
            "grade",
            "10-basics/20-greeting",
            "--course",
            course.toString(),
            "--solution",
            loop.toString(),
            "--time",
            "60s");
    awaitContainerOf(grader);

    new ProcessBuilder("kill", "-INT", Long.toString(grader.pid())).start().waitFor();

    assertThat(grader.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(containersOf(grader.pid())).isEmpty();
  }

  @Test
  void theLeftoversOfAKilledGraderAreReapedOnTheNextStart() throws Exception {
    Process grader =
        start(
            "grade",
            "10-basics/20-greeting",
            "--course",
            course.toString(),
            "--solution",
            loop.toString(),
            "--time",
            "60s");
    awaitContainerOf(grader);

    grader.destroyForcibly();
    assertThat(grader.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(containersOf(grader.pid())).as("left behind by SIGKILL").isNotEmpty();

    Process next =
        start(
            "grade",
            "10-basics/20-greeting",
            "--course",
            course.toString(),
            "--solution",
            right.toString());
    assertThat(next.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(next.exitValue()).isZero();
    assertThat(containersOf(grader.pid())).as("reaped by the next grader").isEmpty();
  }

  private static Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(javaBin(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.PIPE)
        .start();
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Polls the engine until the grader's container exists: the process's own progress. */
  private static void awaitContainerOf(Process grader) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (containersOf(grader.pid()).isEmpty()) {
      assertThat(grader.isAlive()).as("the grader is still running").isTrue();
      assertThat(Instant.now()).as("a container appears").isBefore(deadline);
      Thread.onSpinWait();
    }
  }

  private static List<LabelledContainer> containersOf(long pid) {
    return RUNTIME.containers(ContainerOwner.MARK).stream()
        .filter(c -> ContainerOwner.of(c.labels()).map(o -> o.pid() == pid).orElse(false))
        .toList();
  }
}
