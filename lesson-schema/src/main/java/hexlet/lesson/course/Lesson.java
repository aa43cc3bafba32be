package hexlet.lesson.course;

import java.nio.file.Path;

/**
 * One lesson folder, {@code modules/<module>/<lesson>}.
 *
 * @param dir the lesson folder
 * @param moduleName the module folder's name, such as {@code 10-basics}
 * @param name the lesson folder's name, such as {@code 10-hello-world}
 */
public record Lesson(Path dir, String moduleName, String name) {

  /** The lesson's id, {@code <module>/<lesson>}, as used on the command line and in reports. */
  public String id() {
    return moduleName + "/" + name;
  }

  /** The order of the lesson inside its module: the numeric prefix of its folder name. */
  public long number() {
    return FolderName.number(name);
  }
}
