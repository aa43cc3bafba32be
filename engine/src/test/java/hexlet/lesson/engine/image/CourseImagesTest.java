package hexlet.lesson.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.TestCourses;
import hexlet.lesson.engine.runtime.FakeRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseImagesTest {
  @TempDir Path root;
  private final FakeRuntime runtime = new FakeRuntime();
  private final CourseImages images = new CourseImages(runtime, Clock.systemUTC());

  @Test
  void buildsOnceThenFindsTheImageByItsContentTag() {
    var course = new CourseLoader().load(TestCourses.python(root));
    List<String> lines = new ArrayList<>();

    var first = images.ensure(course, lines::add);
    var second = images.ensure(course, lines::add);

    assertThat(first.built()).isTrue();
    assertThat(first.tag()).matches("hexlet-lesson-test/python:[0-9a-f]{16}");
    assertThat(second.built()).isFalse();
    assertThat(second.tag()).isEqualTo(first.tag());
    assertThat(second.image().id()).isEqualTo(first.image().id());
    assertThat(runtime.builds()).hasSize(1);
    assertThat(runtime.builds().get(0))
        .contains("modules/10-basics/10-hello/test_solution.py")
        .doesNotContain("modules/10-basics/10-hello/solution.py");
    assertThat(lines).isNotEmpty();
  }

  @Test
  void aChangedTestMakesANewTag() throws Exception {
    var loader = new CourseLoader();
    var first = images.ensure(loader.load(TestCourses.python(root)), line -> {});
    Files.writeString(root.resolve("modules/10-basics/10-hello/test_solution.py"), "# new\n");

    var second = images.ensure(loader.load(root), line -> {});

    assertThat(second.built()).isTrue();
    assertThat(second.tag()).isNotEqualTo(first.tag());
  }

  @Test
  void aFailedBuildSavesTheWholeLogAndShowsItsTail() throws Exception {
    var course = new CourseLoader().load(TestCourses.python(root));
    runtime.failBuilds("The command '/bin/sh -c false' returned a non-zero code: 1");

    assertThatThrownBy(() -> images.ensure(course, line -> {}))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("the course image did not build")
        .hasMessageContaining("  | Step 2/2 : RUN false")
        .hasMessageContaining("full log: ");
    assertThat(Files.readAllLines(root.resolve(".hexlet-lesson/build.log")))
        .startsWith("Step 1/2 : FROM debian:bookworm-slim");
  }

  @Test
  void aPreparedImageMustExist() {
    assertThatThrownBy(() -> images.prepared("nowhere/python:1"))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("image nowhere/python:1 not found")
        .extracting(e -> ((ToolException) e).kind())
        .isEqualTo(ToolException.Kind.ENVIRONMENT);
  }

  @Test
  void withoutDockerImageInTheSpecTheFolderNamesTheRepository() throws Exception {
    TestCourses.python(root);
    Files.writeString(
        root.resolve("spec.yml"),
        Files.readString(root.resolve("spec.yml"))
            .replace("docker_image: hexlet-lesson-test/python", "docker_image: ''"));

    String tag = images.tag(new CourseLoader().load(root));

    assertThat(tag)
        .startsWith("hexlet-lesson/" + root.getFileName().toString().toLowerCase() + ":");
  }
}
