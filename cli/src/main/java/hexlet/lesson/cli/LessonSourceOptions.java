package hexlet.lesson.cli;

import hexlet.lesson.core.ToolException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the lesson of a grading command comes from: a course (and its image) or a bundle. */
final class LessonSourceOptions {
  @Option(
      names = "--course",
      paramLabel = "DIR",
      description = "The course folder (default: found above LESSON, or the current folder).")
  Path course;

  @Mixin ImageOption image = new ImageOption();

  @Option(
      names = "--bundle",
      paramLabel = "BUNDLE",
      description =
          "Grade from a course bundle made by `package` (LESSON is then a module/lesson id); its"
              + " image is loaded into Docker when missing.")
  Path bundle;

  /**
   * Fails before anything starts when the options contradict each other, name no bundle, or leave
   * the lesson without a course.
   */
  void requireConsistent(String lesson) {
    if (bundle != null && (course != null || image.tag != null)) {
      throw new ToolException(
          ToolException.Kind.USAGE,
          "--bundle brings its own course and image: drop --course and --image");
    }
    LessonSource.requireBundleFile(bundle);
    if (bundle == null && course == null) {
      LessonLocator.courseRoot(lesson);
    }
  }

  LessonSource open(EngineSession engine, Console console, String lesson) {
    return bundle != null
        ? LessonSource.bundle(engine, console, bundle, lesson)
        : LessonSource.course(engine, console, lesson, Optional.ofNullable(course), image.tag);
  }
}
