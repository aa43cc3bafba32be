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
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaffolderTest {
  private final Scaffolder scaffolder = new Scaffolder();
  @TempDir Path tmp;
  private Path root;

  @BeforeEach
  void createCourse() {
    root = tmp.resolve("course");
    scaffolder
        .course(new Scaffolder.CourseRequest(root, Language.PYTHON, List.of("en", "ru"), null))
        .write();
  }

  private Course course() {
    return new CourseLoader().load(root);
  }

  private static List<String> paths(Plan plan) {
    return plan.files().stream().map(Plan.PlannedFile::path).toList();
  }

  @Test
  void aNewModuleComesAfterTheLastOneWithADescriptionPerLocale() {
    var plan = scaffolder.module(course(), "Strings and Text");

    assertThat(paths(plan))
        .containsExactly(
            "modules/20-strings-and-text/description.en.yml",
            "modules/20-strings-and-text/description.ru.yml");
  }

  @Test
  void aNewLessonGoesToTheLastModuleByDefault() {
    scaffolder.module(course(), "Conditions").write();

    var plan = scaffolder.lesson(course(), "Sign of a number", Optional.empty());

    assertThat(paths(plan))
        .allMatch(p -> p.startsWith("modules/20-conditions/10-sign-of-a-number/"))
        .contains(
            "modules/20-conditions/10-sign-of-a-number/solution.py",
            "modules/20-conditions/10-sign-of-a-number/test_solution.py",
            "modules/20-conditions/10-sign-of-a-number/Makefile",
            "modules/20-conditions/10-sign-of-a-number/ru/EXERCISE.md");
  }

  @Test
  void theModuleCanBeNamedByFolderNumberOrSlug() {
    scaffolder.module(course(), "Conditions").write();

    for (String module : List.of("10-basics", "10", "basics", "Basics")) {
      var plan = scaffolder.lesson(course(), "Variables", Optional.of(module));
      assertThat(paths(plan)).first().asString().startsWith("modules/10-basics/20-variables/");
    }
  }

  @Test
  void theNumberStepsByTenAfterTheHighestEvenWithGaps() throws Exception {
    Files.createDirectories(root.resolve("modules/10-basics/45-squeezed-in"));

    var plan = scaffolder.lesson(course(), "Next one", Optional.empty());

    assertThat(paths(plan)).first().asString().startsWith("modules/10-basics/50-next-one/");
  }

  @Test
  void aLessonWithTheSameSlugInTheModuleIsRefusedWithItsPath() {
    assertThatThrownBy(() -> scaffolder.lesson(course(), "HELLO world", Optional.empty()))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining(root.resolve("modules/10-basics/10-hello-world").toString())
        .hasMessageContaining("already exists")
        .extracting(e -> ((ToolException) e).kind())
        .isEqualTo(ToolException.Kind.INVALID_INPUT);
  }

  @Test
  void anUnknownModuleListsTheModulesThereAre() {
    assertThatThrownBy(() -> scaffolder.lesson(course(), "Loops", Optional.of("loops")))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("no module 'loops'")
        .hasMessageContaining("modules: 10-basics");
  }

  @Test
  void aNameWithNothingToSlugIsAUsageError() {
    assertThatThrownBy(() -> scaffolder.module(course(), "日本語"))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("gives an empty folder name")
        .extracting(e -> ((ToolException) e).kind())
        .isEqualTo(ToolException.Kind.USAGE);
  }

  @Test
  void theHumanNameGoesIntoTheLocaleFilesQuotedWhenYamlNeedsIt() throws Exception {
    scaffolder.lesson(course(), "Yes", Optional.empty()).write();
    scaffolder.lesson(course(), "Maps: keys & values", Optional.empty()).write();

    assertThat(root.resolve("modules/10-basics/20-yes/en/data.yml"))
        .content()
        .startsWith("name: \"Yes\"\n");
    assertThat(root.resolve("modules/10-basics/30-maps-keys-values/ru/data.yml"))
        .content()
        .startsWith("name: \"Maps: keys & values\"\n");
  }

  @Test
  void lessonFilesAreNamedAfterTheCoursesSpecNotTheLanguageDefaults() throws Exception {
    Path spec = root.resolve("spec.yml");
    Files.writeString(
        spec,
        Files.readString(spec)
            .replace("exercise_filename: solution.py", "exercise_filename: index.py")
            .replace(
                "exercise_test_filename: test_solution.py",
                "exercise_test_filename: test_code.py"));

    var plan = scaffolder.lesson(course(), "Hexlet names", Optional.empty());

    assertThat(paths(plan))
        .contains(
            "modules/10-basics/20-hexlet-names/index.py",
            "modules/10-basics/20-hexlet-names/test_code.py");
    assertThat(plan.files())
        .filteredOn(f -> f.path().endsWith("test_code.py"))
        .singleElement()
        .satisfies(f -> assertThat(f.content()).startsWith("from index import greet\n"));
  }

  @Test
  void aCourseOverrideShapesNewLessons() throws Exception {
    Path override = root.resolve(".hexlet-lesson/templates/lesson/exercise.mustache");
    Files.createDirectories(override.getParent());
    Files.writeString(override, "# {{name}}\n# BEGIN\nanswer = 42\n# END\n");

    scaffolder.lesson(course(), "The answer", Optional.empty()).write();

    assertThat(root.resolve("modules/10-basics/20-the-answer/solution.py"))
        .hasContent("# The answer\n# BEGIN\nanswer = 42\n# END\n");
  }

  @Test
  void aLocaleWithoutBuiltInTextGetsTheEnglishOne() {
    Path other = tmp.resolve("spanish");
    var plan =
        scaffolder.course(
            new Scaffolder.CourseRequest(other, Language.JAVASCRIPT, List.of("es"), "Curso"));

    assertThat(plan.files())
        .filteredOn(f -> f.path().equals("modules/10-basics/10-hello-world/es/EXERCISE.md"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.content()).startsWith("Write the body of the function `greet(name)`"));
  }

  @Test
  void aBadLocaleIsAUsageError() {
    assertThatThrownBy(
            () ->
                scaffolder.course(
                    new Scaffolder.CourseRequest(
                        tmp.resolve("x"), Language.JAVA, List.of("en", "../etc"), null)))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("'../etc' is not a locale code");
  }

  @Test
  void aCourseWhoseLanguageIsUnknownIsRefusedWithTheSpecNamed() throws Exception {
    Path spec = root.resolve("spec.yml");
    Files.writeString(
        spec,
        Files.readString(spec)
            .replace("extension: py", "extension: rb")
            .replace("name: Python", "name: Ruby"));

    assertThatThrownBy(() -> scaffolder.lesson(course(), "Blocks", Optional.empty()))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining(spec.toString())
        .hasMessageContaining("python, java and javascript");
  }
}
