package hexlet.lesson.scaffold;

import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.templates.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole tree that init, new module and new lesson write, per language, against golden files.
 */
class ScaffoldGoldenTest {
  @ParameterizedTest
  @EnumSource(Language.class)
  void initThenNewModuleThenNewLessonWritesTheGoldenTree(Language language, @TempDir Path tmp)
      throws Exception {
    Path course = tmp.resolve("demo-course");
    var scaffolder = new Scaffolder();
    var loader = new CourseLoader();

    scaffolder
        .course(new Scaffolder.CourseRequest(course, language, List.of("en", "ru"), null))
        .write();
    scaffolder.module(loader.load(course), "Conditions & Loops").write();
    scaffolder.lesson(loader.load(course), "Sign of a number", Optional.empty()).write();
    scaffolder.lesson(loader.load(course), "Grüße, Wörld!", Optional.of("basics")).write();

    GoldenTree.assertMatches(course, language.id());
  }
}
