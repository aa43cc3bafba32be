package hexlet.lesson.engine.docker;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The engine's build stream as the lines a terminal would show. The engine sends chunks that end
 * mid-line (a step's title, then its newline alone), wraps the standard error of {@code RUN} in
 * colour codes and passes progress redrawn with carriage returns; split as they come, they made
 * blank lines and raw escape codes in {@code -v} output and in a failed build's tail.
 */
final class BuildStreamLines {
  private static final Pattern ESCAPE = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]");

  private final Consumer<String> lines;
  private final StringBuilder pending = new StringBuilder();

  BuildStreamLines(Consumer<String> lines) {
    this.lines = lines;
  }

  void accept(String chunk) {
    pending.append(chunk);
    int end;
    while ((end = pending.indexOf("\n")) >= 0) {
      emit(pending.substring(0, end));
      pending.delete(0, end + 1);
    }
  }

  /** Passes on a last line that had no newline. */
  void flush() {
    if (pending.length() > 0) {
      emit(pending.toString());
      pending.setLength(0);
    }
  }

  private void emit(String raw) {
    String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
    line = line.substring(line.lastIndexOf('\r') + 1);
    String shown = ESCAPE.matcher(line).replaceAll("");
    if (shown.isBlank() && !line.isBlank()) {
      return;
    }
    lines.accept(shown);
  }
}
