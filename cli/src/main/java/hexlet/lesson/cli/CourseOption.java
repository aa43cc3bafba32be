package hexlet.lesson.cli;

import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.scaffold.CourseRoot;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --course DIR} for commands run inside a course; without it the course is found upwards.
 */
final class CourseOption {
  @Option(
      names = "--course",
      paramLabel = "DIR",
      description = "The course (default: the course the current folder is in).")
  Path course;

  /** The course, found from {@code --course} or else upwards from {@code start}. */
  Course load(Path start) {
    Path root = course != null ? CourseRoot.find(course) : CourseRoot.find(start);
    return new CourseLoader().load(root);
  }
}
