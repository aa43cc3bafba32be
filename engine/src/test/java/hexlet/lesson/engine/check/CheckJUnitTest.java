package hexlet.lesson.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.course.Lesson;
import hexlet.lesson.engine.TestCourses;
import hexlet.lesson.engine.image.CourseCache;
import hexlet.lesson.engine.run.ExpectedTests;
import hexlet.lesson.engine.run.FakePytest;
import hexlet.lesson.engine.run.Judge;
import hexlet.lesson.engine.run.LessonSetup;
import hexlet.lesson.engine.run.SandboxRunner;
import hexlet.lesson.engine.runtime.ContainerOwner;
import hexlet.lesson.engine.runtime.FakeRuntime;
import hexlet.lesson.engine.runtime.ImageInfo;
import hexlet.lesson.engine.runtime.LiveContainers;
import hexlet.lesson.grading.LimitsOverride;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The check's JUnit XML: two test cases per lesson, failed or errored as the lesson breaks. */
class CheckJUnitTest {
  private static final ImageInfo IMAGE = new ImageInfo("sha256:c", "/course", Map.of(), Map.of());

  @TempDir Path root;

  /** One parsed test case: class name, name, and the failure or error element, if any. */
  private record Case(String lesson, String name, String outcome, String message) {}

  @Test
  void eachLessonHasAReferenceAndAStarterCase() throws Exception {
    TestCourses.python(root);
    TestCourses.lesson(
        root,
        "10-basics/20-free",
        "def free():\n    return 1\n# BEGIN\n# END\n",
        "from solution import free\n\ndef test_free():\n    assert free() == 1\n");
    TestCourses.lesson(root, "10-basics/30-broken", "# BEGIN\nx\n", "def test_x():\n    pass\n");
    Course course = new CourseLoader().load(root);
    var runtime =
        new FakeRuntime()
            .program(
                c -> {
                  String solution =
                      c.files().entrySet().stream()
                          .filter(e -> e.getKey().endsWith("/solution.py"))
                          .map(e -> new String(e.getValue(), StandardCharsets.UTF_8))
                          .findFirst()
                          .orElse("");
                  return solution.contains("return")
                      ? FakePytest.run(c, "test_ok")
                      : FakePytest.compileError(c);
                });
    var check =
        new CourseCheck(
            new SandboxRunner(runtime, new LiveContainers(runtime), ContainerOwner.current()),
            Judge.policy(),
            new ExpectedTests(new CourseCache(root)),
            2,
            Clock.systemUTC());
    CheckResult result =
        check.check(
            course.lessons(),
            (Lesson lesson) -> LessonSetup.of(course, lesson, IMAGE, LimitsOverride.NONE),
            CheckProgress.NONE);

    String xml = CheckSummary.junit(result);

    var suite =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
            .getDocumentElement();
    assertThat(suite.getAttribute("tests")).isEqualTo("6");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("errors")).isEqualTo("2");
    assertThat(cases(suite))
        .containsExactly(
            new Case("10-basics/10-hello", "reference passes", "", ""),
            new Case("10-basics/10-hello", "starter does not pass", "", ""),
            new Case("10-basics/20-free", "reference passes", "", ""),
            new Case(
                "10-basics/20-free",
                "starter does not pass",
                "failure",
                "the starter passes, so the lesson teaches nothing: mark the learner's part of"
                    + " solution.py with BEGIN and END, or make the tests demand it"),
            new Case("10-basics/30-broken", "reference passes", "error", ""),
            new Case("10-basics/30-broken", "starter does not pass", "error", ""));
  }

  private static List<Case> cases(Element suite) {
    List<Case> cases = new ArrayList<>();
    NodeList nodes = suite.getElementsByTagName("testcase");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element c = (Element) nodes.item(i);
      String outcome = "";
      String message = "";
      for (String kind : List.of("failure", "error")) {
        NodeList found = c.getElementsByTagName(kind);
        if (found.getLength() > 0) {
          outcome = kind;
          message = ((Element) found.item(0)).getAttribute("message");
          assertThat(message).as("message of " + c.getAttribute("name")).isNotBlank();
          if (kind.equals("error")) {
            assertThat(message).contains("BEGIN without a matching END");
            message = "";
          }
        }
      }
      cases.add(new Case(c.getAttribute("classname"), c.getAttribute("name"), outcome, message));
    }
    return cases;
  }
}
