package hexlet.lesson.engine.report;

import hexlet.lesson.engine.grade.TestResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Many reports as one CSV gradebook (RFC 4180), a row per learner and lesson. {@code failed_tests}
 * lists the names of the tests that did not pass, separated by {@code "; "}. Text cells that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return)
 * get a leading apostrophe, since learner names and test output are not to be trusted.
 */
public final class GradebookCsv {
  static final List<String> COLUMNS =
      List.of(
          "learner",
          "lesson",
          "status",
          "reason",
          "score",
          "max_score",
          "failed_tests",
          "duration_ms",
          "peak_memory_bytes",
          "started_at",
          "message");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();

  public String render(List<GradebookEntry> entries) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
      for (GradebookEntry entry : entries) {
        Report report = entry.report();
        csv.printRecord(
            text(entry.learner()),
            text(report.lesson()),
            report.status().json(),
            report.reason().map(r -> r.json()).orElse(""),
            report.score(),
            report.maxScore(),
            text(
                report.failedTests().stream()
                    .map(TestResult::name)
                    .collect(Collectors.joining("; "))),
            report.durationMs(),
            report.peakMemoryBytes().isPresent() ? report.peakMemoryBytes().getAsLong() : "",
            report.provenance().startedAt(),
            text(report.message()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String text(String value) {
    if (value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return formula ? "'" + value : value;
  }
}
