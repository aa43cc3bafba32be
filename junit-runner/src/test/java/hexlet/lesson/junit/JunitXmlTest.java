package hexlet.lesson.junit;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.junit.TestOutcome.Status;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JunitXmlTest {
  private static final byte[] KEY = "a run's key".getBytes(StandardCharsets.UTF_8);

  private static String hmac(String text) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void rendersEveryStatusAsPytestShapedJunitXml() throws Exception {
    RunReport report =
        new RunReport(
            List.of(
                new TestOutcome("AppTest", "adds()", Status.PASSED, "", "", "", "out\n", "", 12),
                new TestOutcome(
                    "AppTest",
                    "subtracts()",
                    Status.FAILED,
                    "org.opentest4j.AssertionFailedError",
                    "expected: 1\n but was: 2",
                    "trace",
                    "",
                    "err",
                    3),
                new TestOutcome("AppTest", "waits()", Status.SKIPPED, "", "later", "", "", "", 0),
                TestOutcome.runError("compile", "hexlet-lesson:compile", "App.java:1:1", "d")),
            ExitStatus.FAILED);

    String xml = JunitXml.render(report, Optional.of(KEY));
    Document doc = parse(xml);

    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("testsuites");
    assertThat(suite.getAttribute("tests")).isEqualTo("4");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("errors")).isEqualTo("1");
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    Element property = (Element) doc.getElementsByTagName("property").item(0);
    assertThat(property.getAttribute("name")).isEqualTo("hexlet-lesson:signature");
    String signature = property.getAttribute("value");
    assertThat(signature).matches("[0-9a-f]{64}");
    assertThat(signature).isEqualTo(hmac(xml.replace(signature, "")));
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("expected: 1\n but was: 2");
    assertThat(failure.getAttribute("type")).isEqualTo("org.opentest4j.AssertionFailedError");
    assertThat(failure.getTextContent()).isEqualTo("trace");
    Element error = (Element) doc.getElementsByTagName("error").item(0);
    assertThat(error.getAttribute("type")).isEqualTo("hexlet-lesson:compile");
    assertThat(doc.getElementsByTagName("system-out").item(0).getTextContent()).isEqualTo("out\n");
    assertThat(doc.getElementsByTagName("system-err").item(0).getTextContent()).isEqualTo("err");
    Element passed = (Element) doc.getElementsByTagName("testcase").item(0);
    assertThat(passed.getAttribute("time")).isEqualTo("0.012");
  }

  @Test
  void anyOutputALearnerPrintsStaysWellFormed() throws Exception {
    String hostile = "</system-out><testcase name=\"fake\"/>\u0000\u0007\uD800 & \"quoted\" \r\n😀";
    RunReport report =
        new RunReport(
            List.of(
                new TestOutcome(
                    "A", hostile, Status.FAILED, "t", hostile, hostile, hostile, hostile, 0)),
            ExitStatus.FAILED);

    Document doc = parse(JunitXml.render(report, Optional.empty()));

    assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(1);
    String expected =
        "</system-out><testcase name=\"fake\"/>\uFFFD\uFFFD\uFFFD & \"quoted\" \r\n😀";
    assertThat(doc.getElementsByTagName("system-out").item(0).getTextContent()).isEqualTo(expected);
    assertThat(((Element) doc.getElementsByTagName("failure").item(0)).getAttribute("message"))
        .isEqualTo(expected);
    assertThat(doc.getElementsByTagName("property").getLength()).isZero();
  }
}
