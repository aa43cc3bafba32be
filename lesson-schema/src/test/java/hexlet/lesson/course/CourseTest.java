package hexlet.lesson.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseTest {
  private static final Path ROOT = Path.of("/courses/basics");

  private static Course course(String exerciseFilename) {
    Path module = ROOT.resolve("modules/10-basics");
    var lessons =
        List.of(
            new Lesson(module.resolve("10-hello"), "10-basics", "10-hello"),
            new Lesson(module.resolve("20-greeting/../20-greeting"), "10-basics", "20-greeting"));
    var spec = new LanguageSpec("python", null, "py", exerciseFilename, "test.py", null, null);
    return new Course(
        ROOT, spec, List.of("en"), List.of(new CourseModule(module, "10-basics", lessons)));
  }

  @Test
  void referenceSolutionsAreEachLessonsExerciseFileNormalized() {
    assertThat(course("solution.py").referenceSolutions())
        .containsExactlyInAnyOrder(
            ROOT.resolve("modules/10-basics/10-hello/solution.py"),
            ROOT.resolve("modules/10-basics/20-greeting/solution.py"));
  }

  @Test
  void aSpecWithoutExerciseFileHasNoReferenceSolutions() {
    assertThat(course(null).referenceSolutions()).isEmpty();
    assertThat(course(" ").referenceSolutions()).isEmpty();
  }
}
