package hexlet.lesson.engine.doctor;

import java.util.Optional;

/**
 * One line of the doctor's checklist.
 *
 * @param check what was checked, a short name such as {@code memory limit}
 * @param detail what was found
 * @param fix what to do about it; empty when nothing needs doing
 */
public record Finding(String check, Health health, String detail, Optional<String> fix) {
  /** How a check came out. */
  public enum Health {
    OK,
    /** Works, but something is worth a look. */
    WARN,
    /** Missing or broken: grading will fail or will not be safe. */
    FAIL,
    /** Not checked, because something it needs is missing. */
    SKIP
  }

  public static Finding ok(String check, String detail) {
    return new Finding(check, Health.OK, detail, Optional.empty());
  }

  public static Finding warn(String check, String detail, String fix) {
    return new Finding(check, Health.WARN, detail, Optional.of(fix));
  }

  public static Finding fail(String check, String detail, String fix) {
    return new Finding(check, Health.FAIL, detail, Optional.of(fix));
  }

  public static Finding skip(String check, String detail) {
    return new Finding(check, Health.SKIP, detail, Optional.empty());
  }
}
