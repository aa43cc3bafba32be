package hexlet.lesson.grading;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses the sizes and durations that course files and flags use: {@code 512m}, {@code 512MiB},
 * {@code 1g}, {@code 65536}; {@code 10s}, {@code 1500ms}, {@code 2m}, {@code 10} (seconds).
 */
public final class Quantity {
  private static final Pattern SIZE =
      Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)(?:i?b)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern DURATION =
      Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?$", Pattern.CASE_INSENSITIVE);

  private Quantity() {}

  /** Bytes; binary multiples (k = 1024). */
  public static long bytes(String text) {
    var m = SIZE.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a size; write it like 512m, 512MiB, 1g or a number of bytes");
    }
    double value = Double.parseDouble(m.group(1));
    int shift =
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
          case "k" -> 10;
          case "m" -> 20;
          case "g" -> 30;
          case "t" -> 40;
          default -> 0;
        };
    return (long) (value * (1L << shift));
  }

  public static Duration duration(String text) {
    var m = DURATION.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration; write it like 10s, 1500ms, 2m or a number of seconds");
    }
    double value = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
    double millis =
        switch (unit) {
          case "ms" -> value;
          case "m" -> value * 60_000;
          case "h" -> value * 3_600_000;
          default -> value * 1000;
        };
    return Duration.ofMillis(Math.round(millis));
  }
}
