package hexlet.lesson.engine.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class JUnitXmlParserTest {
  private final JUnitXmlParser parser = new JUnitXmlParser();

  static String resource(String name) {
    try (InputStream in = JUnitXmlParserTest.class.getResourceAsStream("/junit/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource /junit/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<TestResult> parse(String xml) throws InvalidResultsException {
    return parser.parse(xml);
  }

  @Test
  void pytestNamesStatusesAndDurations() throws Exception {
    var tests = parse(resource("pytest-mixed.xml"));

    assertThat(tests)
        .extracting(TestResult::name, TestResult::status, TestResult::durationMs)
        .containsExactly(
            tuple("test_solution.test_returns_greeting", TestStatus.FAIL, 1L),
            tuple("test_solution.test_ok", TestStatus.PASS, 0L),
            tuple("test_solution.test_param[x]", TestStatus.PASS, 0L),
            tuple("test_solution.test_param[y|z]", TestStatus.PASS, 0L),
            tuple("test_solution.TestGroup.test_in_class", TestStatus.PASS, 0L),
            tuple("test_solution.test_skipped", TestStatus.FAIL, 0L),
            tuple("test_solution.test_uses_broken", TestStatus.ERROR, 0L));
  }

  @Test
  void pytestMessagesAreTheTracebackText() throws Exception {
    var tests = parse(resource("pytest-mixed.xml"));

    assertThat(tests.get(0).message())
        .startsWith("def test_returns_greeting():")
        .contains("E       AssertionError: assert 'Hello, World' == 'Hello, World!'")
        .endsWith("test_solution.py:6: AssertionError");
    assertThat(tests.get(1).message()).isEmpty();
    assertThat(tests.get(5).message()).isEqualTo("This test was skipped: later.");
    assertThat(tests.get(6).message()).contains("RuntimeError: fixture broke");
  }

  @Test
  void pytestCapturedOutputLosesItsBanners() throws Exception {
    var tests = parse(resource("pytest-captured-output.xml"));

    assertThat(tests.get(0).output()).isEqualTo("some output");
    assertThat(tests.get(1).output()).isEmpty();
  }

  @Test
  void pytestCollectionFailureKeepsItsMarkers() throws Exception {
    var cases = parser.read(resource("pytest-syntax-error.xml")).cases();

    assertThat(cases).hasSize(1);
    assertThat(cases.get(0).result().name()).isEqualTo("test_solution");
    assertThat(cases.get(0).result().status()).isEqualTo(TestStatus.ERROR);
    assertThat(cases.get(0).problemMessage()).isEqualTo("collection failure");
    assertThat(cases.get(0).problemType()).isEmpty();
    assertThat(cases.get(0).result().message()).contains("SyntaxError: invalid syntax");
  }

  @Test
  void junitPlatformNamesAreClassAndMethod() throws Exception {
    var tests = parse(resource("junit-platform.xml"));

    assertThat(tests)
        .extracting(TestResult::name, TestResult::status)
        .containsExactly(
            tuple("hexlet.GreetingTest.returnsGreeting()", TestStatus.FAIL),
            tuple("hexlet.GreetingTest.named()", TestStatus.PASS),
            tuple("hexlet.GreetingTest.passes()", TestStatus.PASS),
            tuple("hexlet.GreetingTest.throwsOnNull()", TestStatus.ERROR),
            tuple("hexlet.GreetingTest.param(int)[1]", TestStatus.PASS),
            tuple("hexlet.GreetingTest.param(int)[2]", TestStatus.PASS),
            tuple("hexlet.GreetingTest.skipped()", TestStatus.FAIL),
            tuple("hexlet.GreetingTest$Inner.innerTest()", TestStatus.PASS));
  }

  @Test
  void junitPlatformReporterLinesAreNotOutput() throws Exception {
    var tests = parse(resource("junit-platform.xml"));

    assertThat(tests).allSatisfy(t -> assertThat(t.output()).isEmpty());
    assertThat(tests.get(0).message())
        .startsWith(
            "org.opentest4j.AssertionFailedError: expected: <Hello, World!> but was: <Hello>");
    assertThat(tests.get(6).message()).isEqualTo("This test was skipped: later.");
  }

  @Test
  void nodeNamesFollowDescribeBlocksWithoutTheConstantClassname() throws Exception {
    var tests = parse(resource("node.xml"));

    assertThat(tests)
        .extracting(TestResult::name, TestResult::status)
        .containsExactly(
            tuple("adds numbers", TestStatus.PASS),
            tuple("fails here", TestStatus.FAIL),
            tuple("greet > returns greeting", TestStatus.PASS),
            tuple("greet > nested > deep <test> & &quot;q&quot;", TestStatus.PASS),
            tuple("greet > skipped one", TestStatus.FAIL),
            tuple("greet > todo one", TestStatus.FAIL),
            tuple("throws", TestStatus.FAIL));
    assertThat(tests.get(1).message()).contains("2 !== 3");
    assertThat(tests.get(4).message()).isEqualTo("This test was skipped.");
  }

  @Test
  void aSingleTopSuiteIsLeftOutAndSeveralAreKept() throws Exception {
    String one =
        "<testsuites><testsuite name='only'><testcase classname='c' name='t'/></testsuite>"
            + "</testsuites>";
    String two =
        "<testsuites><testsuite name='a'><testcase classname='c' name='t'/></testsuite>"
            + "<testsuite name='b'><testcase classname='c' name='t'/></testsuite></testsuites>";
    String perClass =
        "<testsuites><testsuite name='x.ATest'><testcase classname='x.ATest' name='t()'/>"
            + "</testsuite><testsuite name='x.BTest'><testcase classname='x.BTest' name='t()'/>"
            + "</testsuite></testsuites>";

    assertThat(parse(one)).extracting(TestResult::name).containsExactly("c.t");
    assertThat(parse(two)).extracting(TestResult::name).containsExactly("a > c.t", "b > c.t");
    assertThat(parse(perClass))
        .extracting(TestResult::name)
        .containsExactly("x.ATest.t()", "x.BTest.t()");
  }

  @Test
  void messageFallsBackToTheAttributeAndErrorsOutrankFailures() throws Exception {
    String xml =
        "<testsuite name='s'><testcase classname='c' name='t' time='1.5'>"
            + "<failure message='wrong answer'/><error message='teardown broke' type='E'>"
            + "trace</error></testcase></testsuite>";

    var cases = parser.read(xml).cases();

    assertThat(cases.get(0).result().status()).isEqualTo(TestStatus.ERROR);
    assertThat(cases.get(0).result().message()).isEqualTo("wrong answer\n\ntrace");
    assertThat(cases.get(0).result().durationMs()).isEqualTo(1500);
    assertThat(cases.get(0).problemMessage()).isEqualTo("wrong answer");
  }

  @Test
  void oddTimesCountAsZero() throws Exception {
    String xml =
        "<testsuite><testcase name='a' time='soon'/><testcase name='b' time='-3'/>"
            + "<testcase name='c' time='NaN'/><testcase name='d'/><testcase name='e' time='1e300'/>"
            + "</testsuite>";

    assertThat(parse(xml))
        .extracting(TestResult::durationMs)
        .containsExactly(0L, 0L, 0L, 0L, 1_000_000_000_000L);
  }

  @Test
  void aTestNamedTwiceIsInvalid() {
    String xml =
        "<testsuite name='pytest'><testcase classname='m' name='t'/>"
            + "<testcase classname='m' name='t'/></testsuite>";

    assertThatThrownBy(() -> parse(xml))
        .isInstanceOf(InvalidResultsException.class)
        .hasMessage("the results list the test \"m.t\" twice");
  }

  @Test
  void aTestWithoutNameIsInvalid() {
    assertThatThrownBy(() -> parse("<testsuite>\n<testcase classname='m'/></testsuite>"))
        .isInstanceOf(InvalidResultsException.class)
        .hasMessage("a <testcase> at line 2 has no name");
  }

  @Test
  void malformedXmlNamesThePlace() {
    assertThatThrownBy(() -> parse("<testsuites>\n  <testcase name='a'>\n</testsuites>"))
        .isInstanceOf(InvalidResultsException.class)
        .hasMessageStartingWith("the results are not well-formed XML: line 3, column");
  }

  @Test
  void emptyAndForeignDocumentsAreInvalid() {
    assertThatThrownBy(() -> parse(""))
        .isInstanceOf(InvalidResultsException.class)
        .hasMessageStartingWith("the results are not well-formed XML");
    assertThatThrownBy(() -> parse("<html><testcase name='a'/></html>"))
        .isInstanceOf(InvalidResultsException.class)
        .hasMessage("the results start with <html>, not <testsuites> or <testsuite>");
  }

  @Test
  void anEmptyReportHasNoTests() throws Exception {
    assertThat(parse("<testsuites/>")).isEmpty();
    assertThat(parse("<testsuite name='pytest' tests='0'></testsuite>")).isEmpty();
  }

  @Test
  void externalEntitiesAreNeverRead(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String xml =
        "<?xml version='1.0'?><!DOCTYPE testsuite [<!ENTITY x SYSTEM '"
            + secret.toUri()
            + "'>]><testsuite><testcase name='a'><failure>&x;</failure></testcase></testsuite>";

    assertThatThrownBy(() -> parse(xml))
        .isInstanceOf(InvalidResultsException.class)
        .hasMessageNotContaining("TOP-SECRET");
  }

  @Test
  void anExternalDtdIsRefused() {
    String xml =
        "<?xml version='1.0'?><!DOCTYPE testsuite SYSTEM 'http://example.invalid/x.dtd'>"
            + "<testsuite><testcase name='a'/></testsuite>";

    assertThatThrownBy(() -> parse(xml))
        .isInstanceOf(InvalidResultsException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  @Timeout(10)
  void billionLaughsIsRefusedWithoutExpanding() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 'lol'>");
    for (int i = 1; i <= 9; i++) {
      String previous = "&lol" + (i - 1) + ";";
      dtd.append("<!ENTITY lol").append(i).append(" '").append(previous.repeat(10)).append("'>");
    }
    dtd.append("]>");
    String xml =
        dtd + "<testsuite><testcase name='a'><failure>&lol9;</failure></testcase></testsuite>";

    assertThatThrownBy(() -> parse(xml)).isInstanceOf(InvalidResultsException.class);
  }

  @Test
  void hugeDocumentsAreRefusedBeforeParsing() {
    String xml = "<testsuite>" + " ".repeat(JUnitXmlParser.MAX_CHARS) + "</testsuite>";

    assertThatThrownBy(() -> parse(xml))
        .isInstanceOf(InvalidResultsException.class)
        .hasMessage("the results are larger than 8 MiB");
  }

  @Test
  void tooManyTestsAreRefused() {
    StringBuilder xml = new StringBuilder("<testsuite>");
    for (int i = 0; i <= JUnitXmlParser.MAX_TESTS; i++) {
      xml.append("<testcase name='t").append(i).append("'/>");
    }
    xml.append("</testsuite>");

    assertThatThrownBy(() -> parse(xml.toString()))
        .isInstanceOf(InvalidResultsException.class)
        .hasMessage("the results hold more than 10000 test cases");
  }

  @Test
  void deepNestingIsRefused() {
    String xml =
        "<testsuites>"
            + "<testsuite name='s'>".repeat(JUnitXmlParser.MAX_DEPTH)
            + "</testsuite>".repeat(JUnitXmlParser.MAX_DEPTH)
            + "</testsuites>";

    assertThatThrownBy(() -> parse(xml))
        .isInstanceOf(InvalidResultsException.class)
        .hasMessage("the results nest elements deeper than 64 levels");
  }

  @Test
  void longMessagesAndOutputAreCut() throws Exception {
    String big = "x".repeat(JUnitXmlParser.MAX_TEXT + 100);
    String xml =
        "<testsuite><testcase name='a'><failure>"
            + big
            + "</failure><system-out>"
            + big
            + "</system-out></testcase></testsuite>";

    TestResult test = parse(xml).get(0);

    assertThat(test.message()).hasSize(JUnitXmlParser.MAX_TEXT + JUnitXmlParser.TRUNCATED.length());
    assertThat(test.message()).endsWith("[... cut at 16384 characters]");
    assertThat(test.output()).endsWith("[... cut at 16384 characters]");
  }

  @Test
  void controlCharactersBecomeVisibleInsteadOfBreakingTheParse() throws Exception {
    String xml =
        "<testsuite><testcase name='a'><failure>bell\u0007 esc\u001b[31m</failure>"
            + "<system-err>nul\u0000</system-err></testcase></testsuite>";

    TestResult test = parse(xml).get(0);

    assertThat(test.message()).isEqualTo("bell\\x07 esc\\x1B[31m");
    assertThat(test.output()).isEqualTo("nul\\x00");
  }

  @Test
  void visibleKeepsValidTextAndSurrogatePairs() {
    assertThat(JUnitXmlParser.visible("ok \u00e9 \ud83d\ude00\tline\n"))
        .isEqualTo("ok \u00e9 \ud83d\ude00\tline\n");
    assertThat(JUnitXmlParser.visible("lone \ud83d here")).isEqualTo("lone \\xD83D here");
    assertThat(JUnitXmlParser.visible("\uFFFE")).isEqualTo("\\xFFFE");
  }

  @Test
  void suitePropertiesAndSkippedCasesAreKept() throws Exception {
    String xml =
        "<testsuites><testsuite name='junit-runner'><properties>"
            + "<property name='hexlet-lesson:nonce' value='n1'/></properties>"
            + "<testcase classname='AppTest' name='adds()'><skipped message='off'/></testcase>"
            + "<testcase classname='AppTest' name='subtracts()'><properties>"
            + "<property name='inside' value='x'/></properties></testcase>"
            + "</testsuite></testsuites>";

    JUnitResults results = parser.read(xml);

    assertThat(results.properties()).containsExactly(entry("hexlet-lesson:nonce", List.of("n1")));
    assertThat(results.cases()).extracting(JUnitTestCase::skipped).containsExactly(true, false);
    assertThat(results.cases().get(0).result().name()).isEqualTo("AppTest.adds()");
    assertThat(results.cases().get(0).result().message()).isEqualTo("This test was skipped: off.");
  }
}
