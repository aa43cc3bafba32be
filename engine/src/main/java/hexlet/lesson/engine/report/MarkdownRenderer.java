package hexlet.lesson.engine.report;

import hexlet.lesson.engine.grade.TestResult;
import hexlet.lesson.engine.grade.TestStatus;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report as GitHub-flavoured Markdown for a CI job summary: a heading with the verdict, the
 * verdict's message, a table of tests (status, name, time, the line of the message that says what
 * went wrong), the score, then a collapsed {@code <details>} block per test that did not pass with
 * its whole message and output in code fences. Table cells escape pipes, Markdown and HTML; code
 * fences are longer than any backtick run inside them.
 */
final class MarkdownRenderer implements ReportRenderer {
  static final int CELL_CHARS = 200;
  private static final Pattern BACKTICKS = Pattern.compile("`+");

  @Override
  public String render(Report report) {
    StringBuilder md = new StringBuilder();
    md.append("### ")
        .append(icon(report.status()))
        .append(" ")
        .append(cell(report.lesson()))
        .append(": ")
        .append(report.status().json())
        .append(report.reason().map(r -> " (" + r.json() + ")").orElse(""))
        .append("\n\n");
    if (!report.message().isBlank()) {
      md.append(paragraph(report.message())).append("\n\n");
    }
    if (!report.tests().isEmpty()) {
      md.append("| | Test | Time | Message |\n| --- | --- | ---: | --- |\n");
      for (TestResult test : report.tests()) {
        md.append("| ")
            .append(icon(test.status()))
            .append(" | ")
            .append(cell(test.name()))
            .append(" | ")
            .append(ReportText.duration(test.durationMs()))
            .append(" | ")
            .append(cell(shorten(ReportText.summary(test.message()))))
            .append(" |\n");
      }
      md.append("\n");
    }
    md.append("**Score ")
        .append(report.score())
        .append("/")
        .append(report.maxScore())
        .append("**, ")
        .append(ReportText.duration(report.durationMs()))
        .append(" of ")
        .append(ReportText.duration(report.limits().wallTime().toMillis()));
    report
        .peakMemoryBytes()
        .ifPresent(
            peak ->
                md.append(", peak memory ")
                    .append(ReportText.bytes(peak))
                    .append(" of ")
                    .append(ReportText.bytes(report.limits().memoryBytes())));
    md.append("\n");
    for (TestResult test : report.tests()) {
      if (test.status() != TestStatus.PASS && !(test.message() + test.output()).isBlank()) {
        details(md, test);
      }
    }
    return md.toString();
  }

  private static void details(StringBuilder md, TestResult test) {
    md.append("\n<details><summary>").append(html(test.name())).append("</summary>\n\n");
    if (!test.message().isBlank()) {
      md.append(fenced(test.message()));
    }
    if (!test.output().isBlank()) {
      md.append("\nOutput:\n\n").append(fenced(test.output()));
    }
    md.append("\n</details>\n");
  }

  private static String icon(TestStatus status) {
    return switch (status) {
      case PASS -> "✅";
      case FAIL -> "❌";
      case ERROR -> "⚠️";
    };
  }

  private static String fenced(String text) {
    String body = ReportText.visible(text.strip());
    int longest = 0;
    Matcher run = BACKTICKS.matcher(body);
    while (run.find()) {
      longest = Math.max(longest, run.group().length());
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    return fence + "text\n" + body + "\n" + fence + "\n";
  }

  private static String shorten(String text) {
    return text.length() <= CELL_CHARS ? text : text.substring(0, CELL_CHARS - 1) + "…";
  }

  /** Text for a table cell: one line, pipes, Markdown and HTML escaped. */
  static String cell(String text) {
    return paragraph(text).replace("|", "\\|").replace("\n", "<br>");
  }

  /** Text that Markdown and HTML render as written. */
  static String paragraph(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : ReportText.visible(text.strip()).toCharArray()) {
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '~' -> out.append('\\').append(c);
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\t' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String html(String text) {
    return ReportText.visible(text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\n", " ");
  }
}
