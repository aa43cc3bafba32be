package hexlet.lesson.engine.report;

import hexlet.lesson.engine.grade.TestResult;
import hexlet.lesson.engine.grade.TestStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The report for people at a terminal or in a CI log:
 *
 * <pre>
 * 10-basics/10-hello-world
 *
 *   PASS  test_solution.test_ok
 *   FAIL  test_solution.test_returns_greeting
 *         E   AssertionError: ...
 *
 * FAIL: 1 of 2 tests failed: test_solution.test_returns_greeting.
 * Score 1/2, 1.2 s of 10 s, peak memory 12.0 MiB of 512 MiB
 * </pre>
 *
 * With colour, statuses become a green {@code ✓} and a red {@code ✗}, and the verdict is coloured.
 * Messages of tests that did not pass follow their line, indented; long messages keep their first
 * {@value #MESSAGE_LINES} lines and output its last {@value #OUTPUT_LINES}, since a traceback
 * starts with the call and a log ends with the error. Control characters in test text are shown
 * escaped.
 */
final class TextRenderer implements ReportRenderer {
  static final int MESSAGE_LINES = 40;
  static final int OUTPUT_LINES = 30;
  private static final String INDENT = "        ";
  private static final String GREEN = "32";
  private static final String RED = "31";
  private static final String YELLOW = "33";
  private static final String DIM = "2";
  private static final String BOLD = "1";

  private final boolean color;

  TextRenderer(boolean color) {
    this.color = color;
  }

  @Override
  public String render(Report report) {
    StringBuilder out = new StringBuilder();
    out.append(paint(BOLD, report.lesson())).append("\n");
    if (!report.tests().isEmpty()) {
      out.append("\n");
    }
    for (TestResult test : report.tests()) {
      out.append("  ").append(status(test.status())).append(ReportText.visible(test.name()));
      if (test.durationMs() > 0) {
        out.append(paint(DIM, " (" + ReportText.duration(test.durationMs()) + ")"));
      }
      out.append("\n");
      if (test.status() != TestStatus.PASS) {
        block(out, head(test.message(), MESSAGE_LINES));
        if (!test.output().isBlank()) {
          out.append(INDENT).append(paint(DIM, "Output:")).append("\n");
          block(out, tail(test.output(), OUTPUT_LINES));
        }
      }
    }
    out.append("\n").append(verdict(report)).append("\n");
    out.append(score(report)).append("\n");
    return out.toString();
  }

  private String status(TestStatus status) {
    if (color) {
      return status == TestStatus.PASS ? paint(GREEN, "✓") + " " : paint(RED, "✗") + " ";
    }
    return switch (status) {
      case PASS -> "PASS  ";
      case FAIL -> "FAIL  ";
      case ERROR -> "ERROR ";
    };
  }

  private String verdict(Report report) {
    String label =
        switch (report.status()) {
          case PASS -> paint(GREEN + ";" + BOLD, "PASS");
          case FAIL -> paint(RED + ";" + BOLD, "FAIL");
          case ERROR ->
              paint(
                  YELLOW + ";" + BOLD,
                  "ERROR" + report.reason().map(r -> " (" + r.json() + ")").orElse(""));
        };
    String message = ReportText.visible(report.message());
    return message.isBlank() ? label : label + ": " + message;
  }

  private String score(Report report) {
    var limits = report.limits();
    String line =
        "Score "
            + report.score()
            + "/"
            + report.maxScore()
            + ", "
            + ReportText.duration(report.durationMs())
            + " of "
            + ReportText.duration(limits.wallTime().toMillis());
    if (report.peakMemoryBytes().isPresent()) {
      line +=
          ", peak memory "
              + ReportText.bytes(report.peakMemoryBytes().getAsLong())
              + " of "
              + ReportText.bytes(limits.memoryBytes());
    }
    return line;
  }

  private static void block(StringBuilder out, List<String> lines) {
    for (String line : lines) {
      out.append(line.isEmpty() ? "" : INDENT + ReportText.visible(line)).append("\n");
    }
  }

  private static List<String> head(String text, int max) {
    List<String> lines = text.strip().lines().toList();
    if (lines.size() <= max) {
      return lines;
    }
    List<String> kept = new ArrayList<>(lines.subList(0, max));
    kept.add("[... " + (lines.size() - max) + " more lines]");
    return kept;
  }

  private static List<String> tail(String text, int max) {
    List<String> lines = text.strip().lines().toList();
    if (lines.size() <= max) {
      return lines;
    }
    List<String> kept = new ArrayList<>();
    kept.add("[... " + (lines.size() - max) + " earlier lines]");
    kept.addAll(lines.subList(lines.size() - max, lines.size()));
    return kept;
  }

  private String paint(String code, String text) {
    return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
