package hexlet.lesson.course;

import java.util.regex.Pattern;

/** The {@code NN-slug} naming of module and lesson folders. */
public final class FolderName {
  private static final Pattern NUMBERED = Pattern.compile("^(\\d+)-(.*)$");
  private static final Pattern VALID = Pattern.compile("^\\d{2,}-[a-z0-9]+(-[a-z0-9]+)*$");

  private FolderName() {}

  /** Whether the name has a numeric prefix at all, valid or not. */
  public static boolean isNumbered(String name) {
    return NUMBERED.matcher(name).matches();
  }

  /** Whether the name follows the rule: two or more digits, a hyphen, a lowercase slug. */
  public static boolean isValid(String name) {
    return VALID.matcher(name).matches();
  }

  /** The numeric prefix, or {@link Long#MAX_VALUE} when there is none, so such names sort last. */
  public static long number(String name) {
    var m = NUMBERED.matcher(name);
    if (!m.matches()) {
      return Long.MAX_VALUE;
    }
    try {
      return Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}
