package hexlet.lesson.engine.report;

import hexlet.lesson.engine.grade.TestResult;
import hexlet.lesson.engine.grade.TestStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report as JUnit XML for the test tabs of CI systems: one {@code <testsuite>} named after the
 * lesson, one {@code <testcase>} per test with the lesson as its classname. A run that ended in
 * {@code error} gets one more test case, {@value #RUN_TEST}, whose {@code <error>} carries the
 * reason as its type and the verdict as its message, so the error shows in the tab even without
 * tests. Verdict, score and provenance are suite properties. Characters that XML 1.0 forbids are
 * written as {@code \x07}, so the document stays valid whatever a test printed.
 */
final class JUnitXmlRenderer implements ReportRenderer {
  static final String RUN_TEST = "(run)";

  @Override
  public String render(Report report) {
    List<TestResult> tests = new ArrayList<>(report.tests());
    report
        .reason()
        .ifPresent(
            reason ->
                tests.add(
                    new TestResult(
                        RUN_TEST, TestStatus.ERROR, report.message(), "", report.durationMs())));
    long failures = tests.stream().filter(t -> t.status() == TestStatus.FAIL).count();
    long errors = tests.stream().filter(t -> t.status() == TestStatus.ERROR).count();
    String time = seconds(report.durationMs());

    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuites name=\"hexlet-lesson\"")
        .append(attribute("tests", tests.size()))
        .append(attribute("failures", failures))
        .append(attribute("errors", errors))
        .append(attribute("time", time))
        .append(">\n");
    xml.append("  <testsuite")
        .append(attribute("name", report.lesson()))
        .append(attribute("tests", tests.size()))
        .append(attribute("failures", failures))
        .append(attribute("errors", errors))
        .append(attribute("skipped", 0))
        .append(attribute("time", time))
        .append(attribute("timestamp", report.provenance().startedAt()))
        .append(">\n");
    properties(xml, report);
    for (TestResult test : tests) {
      testCase(xml, report, test);
    }
    xml.append("  </testsuite>\n</testsuites>\n");
    return xml.toString();
  }

  private static void properties(StringBuilder xml, Report report) {
    xml.append("    <properties>\n");
    property(xml, "status", report.status().json());
    report.reason().ifPresent(reason -> property(xml, "reason", reason.json()));
    property(xml, "score", String.valueOf(report.score()));
    property(xml, "max_score", String.valueOf(report.maxScore()));
    report.peakMemoryBytes().ifPresent(peak -> property(xml, "peak_memory_bytes", "" + peak));
    var provenance = report.provenance();
    provenance.courseCommit().ifPresent(commit -> property(xml, "course_commit", commit));
    property(xml, "image_id", provenance.imageId());
    property(xml, "tool_version", provenance.toolVersion());
    xml.append("    </properties>\n");
  }

  private static void property(StringBuilder xml, String name, String value) {
    xml.append("      <property")
        .append(attribute("name", name))
        .append(attribute("value", value))
        .append("/>\n");
  }

  private static void testCase(StringBuilder xml, Report report, TestResult test) {
    xml.append("    <testcase")
        .append(attribute("classname", report.lesson()))
        .append(attribute("name", test.name()))
        .append(attribute("time", seconds(test.durationMs())));
    boolean passed = test.status() == TestStatus.PASS;
    if (passed && test.output().isEmpty()) {
      xml.append("/>\n");
      return;
    }
    xml.append(">\n");
    if (!passed) {
      String element = test.status() == TestStatus.FAIL ? "failure" : "error";
      String type =
          test.name().equals(RUN_TEST) ? report.reason().map(r -> r.json()).orElse("") : element;
      xml.append("      <")
          .append(element)
          .append(attribute("type", type))
          .append(attribute("message", ReportText.summary(test.message())))
          .append(">")
          .append(text(test.message()))
          .append("</")
          .append(element)
          .append(">\n");
    }
    if (!test.output().isEmpty()) {
      xml.append("      <system-out>").append(text(test.output())).append("</system-out>\n");
    }
    xml.append("    </testcase>\n");
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }

  private static String attribute(String name, Object value) {
    return " " + name + "=\"" + escape(String.valueOf(value), true) + "\"";
  }

  private static String text(String value) {
    return escape(value, false);
  }

  /** Escapes markup, keeps line breaks in attributes, and spells out what XML 1.0 forbids. */
  static String escape(String value, boolean attribute) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1))) {
            out.append(c).append(value.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            out.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
