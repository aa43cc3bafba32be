package hexlet.lesson.validate;

import java.util.Comparator;

/**
 * One problem in a course, printed compiler style as {@code path:line:col: severity: message
 * [rule]}.
 *
 * @param path the file or folder, relative to the course root, with forward slashes
 * @param line 1-based line, or 0 when the finding is about a whole file or folder
 * @param column 1-based column, or 0 with line 0
 */
public record Finding(
    String path, int line, int column, Severity severity, String message, String rule) {

  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::path)
          .thenComparingInt(Finding::line)
          .thenComparingInt(Finding::column)
          .thenComparing(Finding::rule)
          .thenComparing(Finding::message);

  public static Finding error(String path, int line, int column, String message, String rule) {
    return new Finding(path, line, column, Severity.ERROR, message, rule);
  }

  public static Finding warning(String path, int line, int column, String message, String rule) {
    return new Finding(path, line, column, Severity.WARNING, message, rule);
  }

  @Override
  public String toString() {
    return "%s:%d:%d: %s: %s [%s]".formatted(path, line, column, severity.label(), message, rule);
  }
}
