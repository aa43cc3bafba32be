package hexlet.lesson.templates;

import hexlet.lesson.course.FolderName;
import java.util.Collection;

/** Picks the number of a new module or lesson folder: Hexlet numbers in steps of 10. */
public final class FolderNumbering {
  public static final int STEP = 10;

  private FolderNumbering() {}

  /** The next multiple of ten after the highest number among {@code existing} folder names. */
  public static long next(Collection<String> existing) {
    long highest =
        existing.stream()
            .filter(FolderName::isNumbered)
            .mapToLong(FolderName::number)
            .filter(n -> n != Long.MAX_VALUE)
            .max()
            .orElse(0);
    return (highest / STEP + 1) * STEP;
  }

  /** The folder name for a number and a slug, with at least two digits: {@code 10-basics}. */
  public static String folderName(long number, String slug) {
    return String.format("%02d-%s", number, slug);
  }
}
