package hexlet.lesson.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.templates.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StarterFilesTest {
  @TempDir Path tmp;
  private Path root;
  private Path lesson;

  @BeforeEach
  void createCourse() {
    root = tmp.resolve("course");
    new Scaffolder()
        .course(new Scaffolder.CourseRequest(root, Language.PYTHON, List.of("en", "ru"), null))
        .write();
    lesson = root.resolve("modules/10-basics/10-hello-world");
  }

  private StarterFiles.Starter starter() {
    Course course = new CourseLoader().load(root);
    return new StarterFiles().of(course, course.lessons().get(0));
  }

  @Test
  void theExerciseLosesTheLinesBetweenTheMarkers() {
    assertThat(starter().starterText()).isEqualTo("# BEGIN\n# END\n");
  }

  @Test
  void theLearnerGetsTestsAndHelpersButNotTheTextsOrGradingFiles() throws Exception {
    Files.writeString(lesson.resolve("lesson.yml"), "grading: {}\n");
    Files.writeString(lesson.resolve("description.en.yml"), "name: x\n");
    Files.writeString(lesson.resolve("helpers.py"), "X = 1\n");
    Files.createDirectories(lesson.resolve("__pycache__"));
    Files.writeString(lesson.resolve("__pycache__/solution.cpython-311.pyc"), "junk");

    assertThat(starter().copied()).containsExactly("Makefile", "helpers.py", "test_solution.py");
  }

  @Test
  void hiddenTestsStayOut() throws Exception {
    Files.writeString(lesson.resolve("test_hidden.py"), "def test_x(): pass\n");
    Files.writeString(lesson.resolve("lesson.yml"), "grading:\n  hidden_tests: [test_hidden.py]\n");

    assertThat(starter().copied()).containsExactly("Makefile", "test_solution.py");
  }

  @Test
  void withoutMarkersTheStarterIsEmpty() throws Exception {
    Files.writeString(lesson.resolve("solution.py"), "def greet(name):\n    return name\n");

    assertThat(starter().starterText()).isEmpty();
  }

  @Test
  void brokenMarkersAreReportedWithFileAndLine() throws Exception {
    Files.writeString(lesson.resolve("solution.py"), "# BEGIN\nx = 1\n");

    assertThatThrownBy(this::starter)
        .isInstanceOf(ToolException.class)
        .hasMessage(lesson.resolve("solution.py") + ":1:1: BEGIN without a matching END");
  }

  @Test
  void writingRefusesToOverwriteAndWritesNothing(@TempDir Path out) throws Exception {
    Files.writeString(out.resolve("test_solution.py"), "mine\n");

    assertThatThrownBy(() -> starter().writeTo(out))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining(out.resolve("test_solution.py") + ": already exists");
    assertThat(out.resolve("solution.py")).doesNotExist();
    assertThat(out.resolve("test_solution.py")).hasContent("mine");
  }

  @Test
  void writingPutsTheStarterAndCopiesTheRest(@TempDir Path out) {
    var written = starter().writeTo(out);

    assertThat(written).containsExactly("solution.py", "Makefile", "test_solution.py");
    assertThat(out.resolve("solution.py")).hasContent("# BEGIN\n# END");
    assertThat(out.resolve("test_solution.py"))
        .hasSameTextualContentAs(lesson.resolve("test_solution.py"));
  }
}
