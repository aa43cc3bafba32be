package hexlet.lesson.engine.run;

import hexlet.lesson.engine.grade.ResultsSignature;
import hexlet.lesson.engine.runtime.FakeRuntime;
import java.util.Optional;

/** JUnit XML as the project's pytest plugin writes it, for fake containers to answer with. */
public final class FakePytest {
  private FakePytest() {}

  /** A run whose tests have these outcomes: names prefixed with "!" fail. */
  public static FakeRuntime.Result run(FakeRuntime.Container c, String... tests) {
    StringBuilder xml =
        new StringBuilder("<?xml version=\"1.0\"?>\n<testsuites><testsuite name=\"pytest\">")
            .append("<properties><property name=\"hexlet-lesson:signature\" value=\"\"/>")
            .append("</properties>");
    boolean failed = false;
    for (String test : tests) {
      boolean fails = test.startsWith("!");
      failed |= fails;
      String name = fails ? test.substring(1) : test;
      xml.append("<testcase classname=\"test_solution\" name=\"").append(name).append("\">");
      if (fails) {
        xml.append("<failure message=\"AssertionError\">assert False</failure>");
      }
      xml.append("</testcase>");
    }
    xml.append("</testsuite></testsuites>\n");
    int exit = failed ? 1 : 0;
    return c.results(exit, Optional.of(ResultsSignature.sign(xml.toString(), c.runnerKey())));
  }

  /** A run whose test module could not be loaded. */
  public static FakeRuntime.Result compileError(FakeRuntime.Container c) {
    String xml =
        "<testsuites><testsuite name=\"pytest\"><properties><property"
            + " name=\"hexlet-lesson:signature\" value=\"\"/></properties><testcase classname=\"\" name=\"test_solution.py\"><error"
            + " type=\"hexlet-lesson:compile\" message=\"solution.py:1:5: SyntaxError: invalid"
            + " syntax\">SyntaxError</error></testcase></testsuite></testsuites>";
    return c.results(2, Optional.of(ResultsSignature.sign(xml, c.runnerKey())));
  }
}
