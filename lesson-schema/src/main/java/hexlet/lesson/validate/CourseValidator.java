package hexlet.lesson.validate;

import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.course.FolderName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs every rule over a course and collects every finding; it never stops at the first. */
public final class CourseValidator {
  private final CourseLoader loader = new CourseLoader();

  public ValidationReport validate(Path root) {
    Course course = loader.load(root);
    List<Finding> findings = new ArrayList<>();
    for (var module : course.modules()) {
      checkFolderName(course, module.dir(), findings);
      for (var lesson : module.lessons()) {
        checkFolderName(course, lesson.dir(), findings);
      }
    }
    return new ValidationReport(findings, course.lessons().size());
  }

  private static void checkFolderName(Course course, Path dir, List<Finding> findings) {
    String name = dir.getFileName().toString();
    if (!FolderName.isValid(name)) {
      findings.add(
          Finding.error(
              relative(course, dir),
              0,
              0,
              "folder name '%s' must be NN-slug: two or more digits, a hyphen, lowercase words joined by hyphens"
                  .formatted(name),
              "folder-name"));
    }
  }

  static String relative(Course course, Path path) {
    return course.root().relativize(path).toString().replace('\\', '/');
  }
}
