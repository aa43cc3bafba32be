package hexlet.lesson.scaffold;

import hexlet.lesson.core.ToolException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the course a folder belongs to: the nearest folder upwards that holds a spec.yml. */
public final class CourseRoot {
  private CourseRoot() {}

  public static Path find(Path start) {
    Path absolute = start.toAbsolutePath().normalize();
    for (Path dir = absolute; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("spec.yml"))) {
        return dir;
      }
    }
    throw ToolException.invalidInput(
        absolute
            + ": not inside a course: no spec.yml here or in any folder above"
            + " (give the course with --course DIR, or start one with `hexlet-lesson init`)");
  }
}
