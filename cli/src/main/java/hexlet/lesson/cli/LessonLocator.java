package hexlet.lesson.cli;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.course.Lesson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a lesson named on the command line: a lesson folder's path (its course is the nearest
 * folder above holding spec.yml, unless --course says otherwise) or a {@code module/lesson} id in
 * the given course.
 */
final class LessonLocator {
  record Found(Course course, Lesson lesson) {}

  private LessonLocator() {}

  static Found find(String lesson, Optional<Path> courseDir) {
    Course course = new CourseLoader().load(courseDir.orElseGet(() -> courseRoot(lesson)));
    return new Found(course, lessonIn(course, lesson));
  }

  /**
   * The lesson of the course named by {@code lesson}: its folder (absolute, or relative to the
   * current folder or to the course) or its {@code module/lesson} id, a trailing slash allowed.
   *
   * @throws ToolException of kind INVALID_INPUT saying how lessons are named
   */
  static Lesson lessonIn(Course course, String lesson) {
    Path absolute = Path.of(lesson).toAbsolutePath().normalize();
    String id = lesson.replaceAll("/+$", "");
    return course.lessons().stream()
        .filter(l -> l.dir().toAbsolutePath().normalize().equals(absolute) || l.id().equals(id))
        .findFirst()
        .or(() -> course.lesson(lesson))
        .orElseThrow(
            () ->
                ToolException.invalidInput(
                    "no lesson '"
                        + lesson
                        + "' in the course at "
                        + course.root()
                        + ": give a lesson folder or a module/lesson id such as "
                        + course.lessons().stream()
                            .findFirst()
                            .map(Lesson::id)
                            .orElse("10-basics/10-hello")));
  }

  /**
   * The course of a lesson given without {@code --course}: the nearest folder with spec.yml above
   * the lesson's folder or, for a {@code module/lesson} id, above the current folder.
   *
   * @throws ToolException of kind INVALID_INPUT naming the ways to give the course
   */
  static Path courseRoot(String lesson) {
    Path asPath = Path.of(lesson).toAbsolutePath().normalize();
    return courseAbove(courseStart(asPath))
        .orElseThrow(
            () ->
                ToolException.invalidInput(
                    "'"
                        + lesson
                        + "' is not a lesson folder, and "
                        + Path.of("").toAbsolutePath()
                        + " is not inside a course to find it in as a module/lesson id: give the"
                        + " course with --course DIR, or grade from a bundle with --bundle"
                        + " BUNDLE"));
  }

  /**
   * Where the course of a lesson named by {@code path} is looked for: the path when it is a folder;
   * else its nearest existing folder when that lies in a course, so a mistyped lesson folder is
   * reported against its course; else the current folder, for a {@code module/lesson} id.
   */
  static Path courseStart(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      return absolute;
    }
    for (Path dir = absolute.getParent(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir)) {
        return courseAbove(dir).isPresent() ? dir : Path.of("").toAbsolutePath();
      }
    }
    return Path.of("").toAbsolutePath();
  }

  private static Optional<Path> courseAbove(Path dir) {
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("spec.yml"))) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
