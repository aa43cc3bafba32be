package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.docker.ExampleCourses;
import hexlet.lesson.engine.docker.RequiresDocker;
import hexlet.lesson.engine.docker.TestImages;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Java and JavaScript example courses validate and check clean through the packaged CLI. */
@RequiresDocker
class ExampleCoursesIT {
  private static final Path JAR = Path.of("target", "hexlet-lesson.jar");

  @ParameterizedTest
  @ValueSource(strings = {"java-basics", "javascript-basics"})
  void validateAndCheckPass(String name, @TempDir Path dir) throws Exception {
    Path course = ExampleCourses.copy(name, dir.resolve(name));
    TestImages.of(new CourseLoader().load(course));

    Result validate = run("validate", course.toString());
    Result check = run("check", course.toString(), "--jobs", "2");

    assertThat(validate.exitCode()).as(validate.output()).isZero();
    assertThat(validate.output()).contains("0 errors, 0 warnings in 3 lessons");
    assertThat(check.exitCode()).as(check.output()).isZero();
    assertThat(check.output()).contains("3 lessons checked, 0 broken");
  }

  private record Result(int exitCode, String output) {}

  private static Result run(String... args) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }
}
