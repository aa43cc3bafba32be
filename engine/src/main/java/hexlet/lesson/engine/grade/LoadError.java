package hexlet.lesson.engine.grade;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the traceback of code that failed to load into one line a learner can act on: the deepest
 * place in their own files and the exception, such as {@code solution.py:2: SyntaxError: invalid
 * syntax}. Reads both pytest's short form ({@code solution.py:2: in <module>}, {@code E} prefixes)
 * and Python's native form ({@code File "/path/solution.py", line 2}); frames inside the Python
 * installation and pytest are skipped.
 */
final class LoadError {
  private static final Pattern NATIVE_FRAME = Pattern.compile("File \"([^\"]+)\", line (\\d+)");
  private static final Pattern SHORT_FRAME = Pattern.compile("^(\\S[^:]*):(\\d+): in ");
  private static final Pattern EXCEPTION_LINE =
      Pattern.compile("^[A-Za-z_][\\w.]*(?:Error|Exception|Exit|Interrupt|Warning)(?::.*)?$");
  private static final Pattern ABSOLUTE_PATH =
      Pattern.compile("/(?:[^\\s/()'\"]+/)+([^\\s/()'\"]+\\.py)\\b");

  /** Pytest's advice after any import error, which misleads when the learner's code is at fault. */
  private static final String PYTEST_NAMING_HINT = "Hint: make sure your test modules/packages";

  private LoadError() {}

  /** The learner-facing summary of {@code traceback}, or its first line when none is found. */
  static String summarize(String traceback) {
    String location = null;
    String exception = null;
    for (String line : traceback.split("\n")) {
      String content = line.startsWith("E ") ? line.substring(1).strip() : line.stripTrailing();
      Optional<String> frame = frame(content.strip());
      if (frame.isPresent()) {
        location = frame.get();
      } else if (EXCEPTION_LINE.matcher(content).matches()) {
        exception = content;
      }
    }
    if (exception == null) {
      return traceback.strip().lines().findFirst().orElse("");
    }
    String error = ABSOLUTE_PATH.matcher(exception).replaceAll("$1");
    return location == null ? error : location + ": " + error;
  }

  /**
   * {@code traceback} without the frames of the Python installation and pytest, which say nothing
   * about the learner's code (a frame's header line goes with the indented lines under it), and
   * without pytest's hint about module names.
   */
  static String withoutLibraryFrames(String traceback) {
    StringBuilder kept = new StringBuilder();
    int skipDeeperThan = -1;
    for (String line : traceback.split("\n", -1)) {
      int indent = indent(line);
      if (skipDeeperThan >= 0 && !line.isBlank() && indent > skipDeeperThan) {
        continue;
      }
      skipDeeperThan = -1;
      if (line.startsWith(PYTEST_NAMING_HINT)) {
        continue;
      }
      if (!line.startsWith("E ") && isLibraryFrame(line.strip())) {
        skipDeeperThan = indent;
        continue;
      }
      kept.append(line).append('\n');
    }
    return kept.toString().strip();
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static boolean isLibraryFrame(String line) {
    Matcher nativeFrame = NATIVE_FRAME.matcher(line);
    if (line.startsWith("File ") && nativeFrame.find()) {
      return isLibrary(nativeFrame.group(1));
    }
    Matcher shortFrame = SHORT_FRAME.matcher(line);
    return shortFrame.find() && isLibrary(shortFrame.group(1));
  }

  private static Optional<String> frame(String line) {
    Matcher nativeFrame = NATIVE_FRAME.matcher(line);
    Matcher shortFrame = SHORT_FRAME.matcher(line);
    String path;
    String number;
    if (nativeFrame.find()) {
      path = nativeFrame.group(1);
      number = nativeFrame.group(2);
    } else if (shortFrame.find()) {
      path = shortFrame.group(1);
      number = shortFrame.group(2);
    } else {
      return Optional.empty();
    }
    if (isLibrary(path)) {
      return Optional.empty();
    }
    String file = path.startsWith("/") ? path.substring(path.lastIndexOf('/') + 1) : path;
    return Optional.of(file + ":" + number);
  }

  private static boolean isLibrary(String path) {
    return path.startsWith("<")
        || path.contains("/site-packages/")
        || path.contains("/dist-packages/")
        || path.contains("/lib/python")
        || path.contains("_pytest/")
        || path.contains("pluggy/");
  }
}
