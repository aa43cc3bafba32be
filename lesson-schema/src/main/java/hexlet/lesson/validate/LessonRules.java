package hexlet.lesson.validate;

import hexlet.lesson.course.Lesson;
import hexlet.lesson.schema.CourseSchema;
import hexlet.lesson.starter.MarkerError;
import hexlet.lesson.starter.StarterExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The files of one lesson: reference solution (with balanced markers), tests, optional lesson.yml,
 * and README.md, EXERCISE.md and data.yml in each locale folder.
 */
final class LessonRules {
  /** A folder name that looks like a locale: {@code en}, {@code pt-BR}, {@code zh_CN}. */
  private static final Pattern LOCALE = Pattern.compile("^[a-z]{2,3}([-_][A-Za-z]{2,4})?$");

  private static final List<String> LOCALE_FILES = List.of("README.md", "EXERCISE.md", "data.yml");

  private final CourseFiles files;
  private final List<String> locales;
  private final String exerciseFile;
  private final String testFile;
  private final StarterExtractor starter = new StarterExtractor();

  /**
   * @param exerciseFile the reference solution's name from spec.yml, or null when unknown
   * @param testFile the test file's name from spec.yml, or null when unknown
   */
  LessonRules(CourseFiles files, List<String> locales, String exerciseFile, String testFile) {
    this.files = files;
    this.locales = locales;
    this.exerciseFile = exerciseFile;
    this.testFile = testFile;
  }

  List<Finding> check(Lesson lesson) {
    List<Finding> out = new ArrayList<>();
    Path dir = lesson.dir();
    if (exerciseFile != null) {
      Path reference = dir.resolve(exerciseFile);
      String text =
          files.requiredText(
              reference, "the reference solution (exercise_filename in spec.yml)", out);
      if (text != null) {
        for (MarkerError error : starter.extract(text).errors()) {
          out.add(
              Rule.MARKERS.at(
                  files.path(reference), error.line(), error.column(), error.message()));
        }
      }
    }
    if (testFile != null) {
      files.requiredText(
          dir.resolve(testFile), "the tests (exercise_test_filename in spec.yml)", out);
    }
    Path lessonYml = dir.resolve("lesson.yml");
    if (CourseFiles.exists(lessonYml)) {
      files.yaml(lessonYml, CourseSchema.LESSON, "the lesson's grading settings", out);
    }
    checkLocales(dir, out);
    return out;
  }

  private void checkLocales(Path dir, List<Finding> out) {
    List<String> present = new ArrayList<>();
    for (Path folder : Folders.children(dir)) {
      String name = folder.getFileName().toString();
      if (locales.contains(name)) {
        present.add(name);
        checkLocaleFolder(folder, out);
      } else if (LOCALE.matcher(name).matches() && holdsLessonText(folder)) {
        out.add(
            Rule.UNKNOWN_LOCALE.at(
                files.path(folder),
                0,
                0,
                "locale folder '%s' is not declared: the course root has no description.%s.yml"
                    .formatted(name, name)));
        checkLocaleFolder(folder, out);
      }
    }
    if (locales.isEmpty()) {
      return;
    }
    if (present.isEmpty() && !hasLegacyDescription(dir)) {
      out.add(
          Rule.MISSING_FILE.at(
              files.path(dir.resolve(locales.get(0))),
              0,
              0,
              "missing the lesson's text: a locale folder with README.md, EXERCISE.md and data.yml"));
      return;
    }
    for (String locale : locales) {
      if (!present.contains(locale)) {
        out.add(
            Rule.MISSING_LOCALE.at(
                files.path(dir.resolve(locale)),
                0,
                0,
                "the lesson is not translated to '%s' yet".formatted(locale)));
      }
    }
  }

  /**
   * Whether the lesson still has Hexlet's older single-file texts, {@code description.<locale>.yml}
   * with theory and instructions: then a missing locale folder is only untranslated.
   */
  private static boolean hasLegacyDescription(Path dir) {
    return Folders.entries(dir).stream()
        .anyMatch(f -> LayoutRules.DESCRIPTION.matcher(f.getFileName().toString()).matches());
  }

  private static boolean holdsLessonText(Path folder) {
    return LOCALE_FILES.stream().anyMatch(f -> Files.exists(folder.resolve(f)));
  }

  private void checkLocaleFolder(Path folder, List<Finding> out) {
    files.requiredText(folder.resolve("README.md"), "the lesson's theory (README.md)", out);
    files.requiredText(folder.resolve("EXERCISE.md"), "the exercise's task (EXERCISE.md)", out);
    files.yaml(
        folder.resolve("data.yml"),
        CourseSchema.LESSON_DATA,
        "the lesson's name, tips and definitions (data.yml)",
        out);
  }
}
