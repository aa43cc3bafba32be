package hexlet.lesson.engine.run;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * What the run wrapper ({@code run.sh}) writes on stdout once the test command ends:
 *
 * <pre>
 * \n NONCE results\n
 * (the results file, when there is one)
 * \n NONCE end exit=CODE peak=BYTES results=1|0\n
 * </pre>
 *
 * Only a frame carrying the run's nonce counts; anything else on stdout is ignored.
 *
 * @param results the results document, when the test command wrote one
 * @param exitCode the test command's exit code, as the wrapper saw it
 * @param peakMemoryBytes the container's peak memory, when the kernel reports it
 */
public record ResultsFrame(
    Optional<String> results, OptionalInt exitCode, OptionalLong peakMemoryBytes) {
  private static final Pattern TRAILER =
      Pattern.compile("^exit=(\\d*) peak=(\\d*) results=([01])$");

  public static final ResultsFrame NONE =
      new ResultsFrame(Optional.empty(), OptionalInt.empty(), OptionalLong.empty());

  /** Reads the frame out of the container's stdout; {@link #NONE} when it is missing or broken. */
  public static ResultsFrame parse(byte[] stdout, String nonce) {
    String text = new String(stdout, StandardCharsets.UTF_8);
    String start = "\n" + nonce + " results\n";
    String end = "\n" + nonce + " end ";
    int endAt = text.lastIndexOf(end);
    if (endAt < 0) {
      return NONE;
    }
    int startAt = text.lastIndexOf(start, endAt);
    int lineEnd = text.indexOf('\n', endAt + end.length());
    if (startAt < 0 || lineEnd < 0) {
      return NONE;
    }
    var trailer = TRAILER.matcher(text.substring(endAt + end.length(), lineEnd));
    if (!trailer.matches()) {
      return NONE;
    }
    Optional<String> results =
        trailer.group(3).equals("1")
            ? Optional.of(text.substring(startAt + start.length(), endAt))
            : Optional.empty();
    return new ResultsFrame(results, number(trailer.group(1)), longNumber(trailer.group(2)));
  }

  /** The frame as the wrapper writes it; what fake runtimes answer with. */
  public static String encode(String nonce, int exitCode, long peak, Optional<String> results) {
    return "\n"
        + nonce
        + " results\n"
        + results.orElse("")
        + "\n"
        + nonce
        + " end exit="
        + exitCode
        + " peak="
        + peak
        + " results="
        + (results.isPresent() ? 1 : 0)
        + "\n";
  }

  private static OptionalInt number(String digits) {
    try {
      return digits.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(digits));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  private static OptionalLong longNumber(String digits) {
    try {
      return digits.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
