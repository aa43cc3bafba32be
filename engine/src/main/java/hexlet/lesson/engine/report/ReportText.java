package hexlet.lesson.engine.report;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text shapes shared by the renderers: one-line summaries, sizes, times, safe characters. */
final class ReportText {
  private static final Pattern EXCEPTION =
      Pattern.compile("^[A-Za-z_][\\w.]*(?:Error|Exception|Exit|Interrupt|Warning)(?::.*)?$");

  private ReportText() {}

  /**
   * The line of a test's message that says what went wrong: among pytest's {@code E} lines the
   * first that names an exception, else the first of them; without them, the first line that is not
   * blank.
   */
  static String summary(String message) {
    List<String> explained =
        message
            .lines()
            .filter(line -> line.startsWith("E "))
            .map(line -> line.substring(1).strip())
            .toList();
    return explained.stream()
        .filter(line -> EXCEPTION.matcher(line).matches())
        .findFirst()
        .or(() -> explained.stream().findFirst())
        .orElseGet(
            () ->
                message
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .findFirst()
                    .orElse(""));
  }

  /**
   * {@code text} with control characters other than tab and newline shown as {@code \x1B}, so that
   * output of untrusted code cannot move a terminal's cursor or break a document.
   */
  static String visible(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
      if (control) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** {@code 850 ms} below a second, else {@code 1.2 s}, or {@code 10 s} for whole seconds. */
  static String duration(long millis) {
    if (millis < 1000) {
      return millis + " ms";
    }
    return millis % 1000 == 0
        ? millis / 1000 + " s"
        : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  /** {@code 512 MiB}, {@code 12.3 MiB}, {@code 900 KiB}. */
  static String bytes(long bytes) {
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    boolean whole = value == Math.rint(value);
    return (whole
            ? String.format(Locale.ROOT, "%.0f", value)
            : String.format(Locale.ROOT, "%.1f", value))
        + " "
        + units[unit];
  }
}
