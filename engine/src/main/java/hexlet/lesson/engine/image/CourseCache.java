package hexlet.lesson.engine.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The course's own cache folder, {@code <course>/.hexlet-lesson/}: build logs and the expected test
 * sets of reference runs. It never enters the build context, and it ignores itself in git.
 */
public final class CourseCache {
  public static final String DIR_NAME = ".hexlet-lesson";

  /**
   * Keeps the cache out of git but the course's templates in, like the one `init` writes; it also
   * ignores itself, so a checkout does not look changed because a grade ran.
   */
  private static final String GITIGNORE =
      """
      # hexlet-lesson's cache (build logs, the tests each reference passes) stays out of git,
      *
      # but the course's own templates for `hexlet-lesson new` are part of the course.
      !templates/
      !templates/**
      """;

  private final Path dir;

  public CourseCache(Path courseRoot) {
    this.dir = courseRoot.resolve(DIR_NAME);
  }

  /** A file in the cache; the folder is created on the way. */
  public Path file(String relative) {
    Path file = dir.resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      Path gitignore = dir.resolve(".gitignore");
      if (!Files.exists(gitignore)) {
        Files.writeString(gitignore, GITIGNORE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
