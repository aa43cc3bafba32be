package hexlet.lesson.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.docker.DockerRuntime;
import hexlet.lesson.engine.docker.ExampleCourses;
import hexlet.lesson.engine.docker.RequiresDocker;
import hexlet.lesson.engine.runtime.ContainerRuntimeContract;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@RequiresDocker
class CourseImageIT {
  private static final DockerRuntime RUNTIME = DockerRuntime.fromEnvironment();
  private static Course course;
  private static BuiltImage first;

  @BeforeAll
  static void build(@TempDir Path dir) {
    course = new CourseLoader().load(ExampleCourses.copy("python-basics", dir));
    first = hexlet.lesson.engine.docker.TestImages.of(course);
  }

  @AfterAll
  static void close() {
    RUNTIME.close();
  }

  @Test
  void theImageHoldsTheTestsButNoReferenceSolution() throws Exception {
    String files =
        ContainerRuntimeContract.runScript(
            RUNTIME,
            first.image().id(),
            "find / -xdev -name '*.py' -path '*/modules/*'; echo ---;"
                + " grep -rlF -e \"return 'Hello, World!'\" -e \"return f'Hello, {name}!'\" /"
                + " --exclude-dir=proc --exclude-dir=sys || true");
    String found = files.substring(0, files.indexOf("---"));
    String withReferenceCode = files.substring(files.indexOf("---") + 3).strip();

    assertThat(found.lines())
        .contains(
            "/exercises-python/modules/10-basics/10-hello-world/test_solution.py",
            "/exercises-python/modules/20-conditions/10-sign/test_solution.py")
        .noneMatch(line -> line.endsWith("/solution.py"));
    assertThat(withReferenceCode).as("files holding reference code").isEmpty();
    assertThat(first.image().workingDir()).isEqualTo("/exercises-python");
  }

  @Test
  void anUnchangedCourseIsFoundNotRebuilt() {
    var again = new CourseImages(RUNTIME, Clock.systemUTC()).ensure(course, line -> {});

    assertThat(again.built()).isFalse();
    assertThat(again.image().id()).isEqualTo(first.image().id());
    assertThat(again.tag()).isEqualTo(first.tag());
  }
}
