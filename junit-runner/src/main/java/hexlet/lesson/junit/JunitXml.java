package hexlet.lesson.junit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Renders results as JUnit XML in the shape pytest writes ({@code <testsuites>} around one {@code
 * <testsuite>}), so the grader reads Java and Python results alike.
 */
final class JunitXml {
  private JunitXml() {}

  /**
   * @param key the run's key: when given, the document carries its HMAC under it ({@link
   *     ResultsConvention#SIGNATURE_PROPERTY})
   */
  static String render(RunReport report, Optional<byte[]> key) {
    long totalMs = report.tests().stream().mapToLong(TestOutcome::durationMs).sum();
    StringBuilder xml = new StringBuilder(4096);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
    xml.append("  <testsuite name=\"junit-runner\"")
        .append(attr("tests", report.tests().size()))
        .append(attr("failures", report.count(TestOutcome.Status.FAILED)))
        .append(attr("errors", report.count(TestOutcome.Status.ERROR)))
        .append(attr("skipped", report.count(TestOutcome.Status.SKIPPED)))
        .append(attr("time", seconds(totalMs)))
        .append(">\n");
    String empty = attr("name", ResultsConvention.SIGNATURE_PROPERTY) + attr("value", "");
    if (key.isPresent()) {
      xml.append("    <properties>\n      <property")
          .append(empty)
          .append("/>\n    </properties>\n");
    }
    for (TestOutcome test : report.tests()) {
      appendTestCase(xml, test);
    }
    xml.append("  </testsuite>\n</testsuites>\n");
    if (key.isEmpty()) {
      return xml.toString();
    }
    String unsigned = xml.toString();
    String signed =
        attr("name", ResultsConvention.SIGNATURE_PROPERTY)
            + attr("value", hmac(unsigned, key.get()));
    int at = unsigned.indexOf(empty);
    return unsigned.substring(0, at) + signed + unsigned.substring(at + empty.length());
  }

  private static String hmac(String text, byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
    }
  }

  private static void appendTestCase(StringBuilder xml, TestOutcome test) {
    xml.append("    <testcase")
        .append(attr("classname", test.className()))
        .append(attr("name", test.name()))
        .append(attr("time", seconds(test.durationMs())))
        .append(">\n");
    switch (test.status()) {
      case FAILED -> appendProblem(xml, "failure", test);
      case ERROR -> appendProblem(xml, "error", test);
      case SKIPPED ->
          xml.append("      <skipped").append(attr("message", test.message())).append("/>\n");
      case PASSED -> {}
    }
    appendOutput(xml, "system-out", test.stdout());
    appendOutput(xml, "system-err", test.stderr());
    xml.append("    </testcase>\n");
  }

  private static void appendProblem(StringBuilder xml, String element, TestOutcome test) {
    xml.append("      <")
        .append(element)
        .append(attr("type", test.type()))
        .append(attr("message", test.message()))
        .append(">")
        .append(text(test.details()))
        .append("</")
        .append(element)
        .append(">\n");
  }

  private static void appendOutput(StringBuilder xml, String element, String output) {
    if (!output.isEmpty()) {
      xml.append("      <").append(element).append(">");
      xml.append(text(output)).append("</").append(element).append(">\n");
    }
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }

  private static String attr(String name, Object value) {
    return " " + name + "=\"" + escape(String.valueOf(value), true) + "\"";
  }

  private static String text(String value) {
    return escape(value, false);
  }

  /**
   * Escapes for XML 1.0. Learner output may hold any bytes, so characters XML cannot carry at all
   * (most control characters, lone surrogates) become U+FFFD instead of breaking the document.
   */
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
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
