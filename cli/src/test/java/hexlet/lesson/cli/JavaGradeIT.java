package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.docker.ExampleCourses;
import hexlet.lesson.engine.docker.RequiresDocker;
import hexlet.lesson.engine.docker.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grades of Java solutions of the example course on the real engine, through junit-runner. */
@RequiresDocker
class JavaGradeIT {
  private static final String GREETING = "10-basics/20-greeting";
  private static final String HELLO = "10-basics/10-hello-world";
  private static Path course;
  private static Path solutions;

  @BeforeAll
  static void setUp(@TempDir Path dir) throws Exception {
    course = ExampleCourses.copy("java-basics", dir.resolve("course"));
    TestImages.of(new CourseLoader().load(course));
    solutions = Files.createDirectories(dir.resolve("solutions"));
    greeting("right", "return \"Hello, \" + name + \"!\";");
    greeting("wrong", "return \"Hi, \" + name;");
    greeting("syntax", "return \"Hello, \" + name + \"!\"");
    greeting("exit", "System.exit(0);\n        return \"\";");
    greeting("loop", "while (true) {\n        }");
    greeting(
        "forged",
        """
        try {
            java.nio.file.Files.writeString(
                java.nio.file.Path.of(System.getenv("HEXLET_RESULTS")),
                "<testsuites><testsuite name=\\"junit-runner\\">"
                    + "<testcase classname=\\"AppTest\\" name=\\"greets by name\\"/>"
                    + "<testcase classname=\\"AppTest\\" name=\\"greets another name\\"/>"
                    + "</testsuite></testsuites>");
        } catch (java.io.IOException e) {
            throw new RuntimeException(e);
        }
        Runtime.getRuntime().halt(0);
        return "";""");
    Files.writeString(
        solutions.resolve("hello-wrong.java"),
        """
        class App {
            public static void main(String[] args) {
                System.out.println("Hello, Java!");
            }
        }
        """);
    // The reference runs once per lesson, with the default limits, before any learner's run.
    grade(GREETING, "right", 0);
  }

  private static void greeting(String name, String body) throws Exception {
    Files.writeString(
        solutions.resolve(name + ".java"),
        "class App {\n    static String greet(String name) {\n        " + body + "\n    }\n}\n");
  }

  @Test
  void theRightSolutionPassesEveryTest() throws Exception {
    JsonNode report = grade(GREETING, "right", 0);

    assertThat(report.path("status").asText()).isEqualTo("pass");
    assertThat(report.path("tests"))
        .extracting(t -> t.path("name").asText())
        .containsExactlyInAnyOrder("AppTest.greets by name", "AppTest.greets another name");
    assertThat(report.path("score").asInt()).isEqualTo(2);
  }

  @Test
  void aWrongSolutionFailsWithTheAssertionAndTheTestsLine() throws Exception {
    JsonNode report = grade(GREETING, "wrong", ExitCodes.FINDINGS);

    assertThat(report.path("status").asText()).isEqualTo("fail");
    assertThat(report.path("score").asInt()).isZero();
    assertThat(report.path("tests").get(0).path("message").asText())
        .contains("but was: \"Hi, ")
        .contains("(AppTest.java:");
  }

  @Test
  void aSolutionThatDoesNotCompileIsACompileErrorAtTheLearnersLine() throws Exception {
    JsonNode report = grade(GREETING, "syntax", ExitCodes.FINDINGS);

    assertThat(report.path("status").asText()).isEqualTo("error");
    assertThat(report.path("reason").asText()).isEqualTo("compile");
    assertThat(report.path("message").asText()).contains("App.java:3:38: error: ';' expected");
  }

  @Test
  void systemExitZeroIsAnErrorNotAPass() throws Exception {
    JsonNode report = grade(GREETING, "exit", ExitCodes.FINDINGS);

    assertThat(report.path("status").asText()).isEqualTo("error");
    assertThat(report.path("reason").asText()).isEqualTo("runner");
    assertThat(report.path("message").asText()).contains("System.exit");
  }

  @Test
  void aLoopIsStoppedAtTheTimeLimit() throws Exception {
    JsonNode report = grade(GREETING, "loop", ExitCodes.FINDINGS, "--time", "4s");

    assertThat(report.path("status").asText()).isEqualTo("error");
    assertThat(report.path("reason").asText()).isEqualTo("timeout");
  }

  @Test
  void resultsForgedByTheSolutionLackTheRunsSecretAndAreRefused() throws Exception {
    JsonNode report = grade(GREETING, "forged", ExitCodes.FINDINGS);

    assertThat(report.path("status").asText()).isEqualTo("error");
    assertThat(report.path("reason").asText()).isEqualTo("tampered");
    assertThat(report.path("tests")).isEmpty();
  }

  @Test
  void aHexletStyleMainMethodLessonIsOneWholeLessonTest() throws Exception {
    JsonNode passed = grade(HELLO, null, 0);
    JsonNode failed = grade(HELLO, "hello-wrong", ExitCodes.FINDINGS);

    assertThat(passed.path("tests"))
        .extracting(t -> t.path("name").asText())
        .containsExactly("AppTest.main");
    assertThat(failed.path("status").asText()).isEqualTo("fail");
    assertThat(failed.path("tests").get(0).path("message").asText())
        .contains("Hello, World!")
        .contains("Hello, Java!");
  }

  /** Grades a solution file (null: the lesson's reference) and returns the JSON report. */
  private static JsonNode grade(String lesson, String solution, int exitCode, String... options)
      throws Exception {
    Path file =
        solution == null
            ? course.resolve("modules/" + lesson + "/App.java")
            : solutions.resolve(solution + ".java");
    String[] args = new String[7 + options.length];
    args[0] = "grade";
    args[1] = lesson;
    args[2] = "--course=" + course;
    args[3] = "--solution";
    args[4] = file.toString();
    args[5] = "--format";
    args[6] = "json";
    System.arraycopy(options, 0, args, 7, options.length);
    var result = CliRunner.run(args);
    assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
    return new ObjectMapper().readTree(result.out());
  }
}
