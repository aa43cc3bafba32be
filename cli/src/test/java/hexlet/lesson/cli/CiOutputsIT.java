package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.TestCourses;
import hexlet.lesson.engine.docker.ExampleCourses;
import hexlet.lesson.engine.docker.RequiresDocker;
import hexlet.lesson.engine.docker.TestImages;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What a CI job gets from check and grade: JUnit XML files and a GitHub step summary. */
@RequiresDocker
class CiOutputsIT {
  @TempDir static Path dir;
  private static Path course;

  @BeforeAll
  static void setUp() {
    course = ExampleCourses.copy("python-basics", dir.resolve("course"));
    TestImages.of(new CourseLoader().load(course));
  }

  @Test
  void checkWritesATestCasePerLessonAndRuleAndAppendsTheStepSummary() throws Exception {
    Path summary = dir.resolve("check-summary.md");
    Files.writeString(summary, "earlier step\n");
    Path junit = dir.resolve("ci/check.xml");

    var run =
        CliRunner.runWith(
            Map.of("GITHUB_STEP_SUMMARY", summary.toString()),
            "check",
            course.toString(),
            "--junit",
            junit.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Element suite = parse(junit);
    assertThat(suite.getAttribute("tests")).isEqualTo("6");
    assertThat(suite.getAttribute("failures")).isEqualTo("0");
    assertThat(names(suite))
        .contains(
            "10-basics/10-hello-world: reference passes",
            "10-basics/10-hello-world: starter does not pass",
            "20-conditions/10-sign: starter does not pass");
    assertThat(Files.readString(summary))
        .startsWith("earlier step\n")
        .contains("### hexlet-lesson check")
        .contains("| 20-conditions/10-sign |");
  }

  @Test
  void aBrokenLessonFailsItsTestCase() throws Exception {
    Path broken = ExampleCourses.copy("python-basics", dir.resolve("broken"));
    TestCourses.write(
        broken.resolve("modules/20-conditions/10-sign/solution.py"),
        "def sign(number):\n    return 1\n");
    TestImages.of(new CourseLoader().load(broken));
    Path junit = dir.resolve("broken.xml");

    var run =
        CliRunner.run(
            "check",
            broken.toString(),
            "--lesson",
            "20-conditions/10-sign",
            "--junit",
            junit.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    Element suite = parse(junit);
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(
            suite
                .getElementsByTagName("failure")
                .item(0)
                .getAttributes()
                .getNamedItem("message")
                .getNodeValue())
        .startsWith("the reference solution does not pass: fail");
  }

  @Test
  void gradeWritesTheReportAsJUnitAndMarkdownBesidesPrintingJson() throws Exception {
    Path summary = dir.resolve("grade-summary.md");
    Path junit = dir.resolve("grade.xml");
    Path solution = dir.resolve("wrong.py");
    Files.writeString(solution, "def sign(number):\n    return 1 if number > 0 else -1\n");

    var run =
        CliRunner.runWith(
            Map.of("GITHUB_STEP_SUMMARY", summary.toString()),
            "grade",
            course.resolve("modules/20-conditions/10-sign").toString(),
            "--solution",
            solution.toString(),
            "--format",
            "json",
            "--junit",
            junit.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(GradeBatchIT.json(run.out()).path("status").asText()).isEqualTo("fail");
    Element suite = parse(junit);
    assertThat(suite.getElementsByTagName("testcase").getLength()).isEqualTo(3);
    assertThat(suite.getElementsByTagName("failure").getLength()).isEqualTo(1);
    assertThat(Files.readString(summary)).contains("test_solution.test_zero");
  }

  private static Element parse(Path file) throws Exception {
    byte[] xml = Files.readAllBytes(file);
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml))
        .getDocumentElement();
  }

  private static List<String> names(Element suite) {
    List<String> names = new ArrayList<>();
    NodeList cases = suite.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element c = (Element) cases.item(i);
      names.add(c.getAttribute("classname") + ": " + c.getAttribute("name"));
    }
    return names;
  }
}
