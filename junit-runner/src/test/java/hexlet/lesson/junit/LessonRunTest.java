package hexlet.lesson.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import hexlet.lesson.junit.TestOutcome.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonRunTest {
  @TempDir Path root;

  private LessonFixture lesson() {
    return new LessonFixture(root);
  }

  @Test
  void passingLessonReportsEveryTestAsPassedWithItsOwnOutput() {
    RunReport report =
        lesson()
            .file("App.java", LessonFixture.APP)
            .file("AppTest.java", LessonFixture.JUNIT_TEST)
            .run();

    assertThat(report.exitCode()).isEqualTo(ExitStatus.PASSED);
    assertThat(report.tests())
        .extracting(TestOutcome::className, TestOutcome::name, TestOutcome::status)
        .containsExactlyInAnyOrder(
            tuple("AppTest", "addsPositives()", Status.PASSED),
            tuple("AppTest", "addsZero()", Status.PASSED));
    assertThat(named(report, "addsPositives()").stdout()).isEqualTo("adding 2 and 3\n");
    assertThat(named(report, "addsPositives()").stderr()).isEmpty();
    assertThat(named(report, "addsZero()").stderr()).isEqualTo("adding zero\n");
    assertThat(named(report, "addsZero()").stdout()).isEmpty();
  }

  @Test
  void failingLessonReportsTheAssertionWithTheTestsLineAndNoFrameworkFrames() {
    RunReport report =
        lesson()
            .file("App.java", LessonFixture.WRONG_APP)
            .file("AppTest.java", LessonFixture.JUNIT_TEST)
            .run();

    assertThat(report.exitCode()).isEqualTo(ExitStatus.FAILED);
    TestOutcome failed = named(report, "addsPositives()");
    assertThat(failed.status()).isEqualTo(Status.FAILED);
    assertThat(failed.type()).isEqualTo("org.opentest4j.AssertionFailedError");
    assertThat(failed.message()).isEqualTo("expected: 5\n but was: -1");
    assertThat(failed.details())
        .contains("AppTest.addsPositives(AppTest.java:9)")
        .doesNotContain("org.junit.", "jdk.internal.reflect", "hexlet.lesson.junit");
    assertThat(named(report, "addsZero()").status()).isEqualTo(Status.PASSED);
  }

  @Test
  void compileErrorIsOneErrorWithThePathLineAndColumnTheLearnerSees() {
    RunReport report =
        lesson()
            .file(
                "App.java",
                """
                class App {
                  static int add(int a, int b) {
                    return a + b
                  }
                }
                """)
            .file("AppTest.java", LessonFixture.JUNIT_TEST)
            .run();

    assertThat(report.exitCode()).isEqualTo(ExitStatus.COMPILE);
    assertThat(report.tests()).hasSize(1);
    TestOutcome error = report.tests().get(0);
    assertThat(error.status()).isEqualTo(Status.ERROR);
    assertThat(error.type()).isEqualTo("hexlet-lesson:compile");
    assertThat(error.message()).isEqualTo("App.java:3:17: error: ';' expected");
    assertThat(error.details())
        .startsWith("App.java:3:17: error: ';' expected\n    return a + b\n                ^\n")
        .contains("1 error")
        .doesNotContain(root.toString());
  }

  @Test
  void compileErrorsInSubfoldersKeepTheirRelativePath() {
    RunReport report =
        lesson()
            .file("src/main/java/App.java", "class App { int x = ; }\n")
            .file("AppTest.java", LessonFixture.JUNIT_TEST)
            .run();

    assertThat(report.tests().get(0).message())
        .startsWith("src/main/java/App.java:1:21: error: illegal start of expression");
  }

  @Test
  void testsThatDoNotCompileAgainstTheStarterPointAtTheTestFile() {
    RunReport report =
        lesson()
            .file("App.java", "class App {}\n")
            .file("AppTest.java", LessonFixture.JUNIT_TEST)
            .run();

    assertThat(report.exitCode()).isEqualTo(ExitStatus.COMPILE);
    assertThat(report.tests().get(0).message())
        .startsWith(
            "AppTest.java:9:19: error: cannot find symbol\n  symbol:   method add(int,int)");
  }

  @Test
  void hexletStyleMainMethodTestIsOneWholeLessonTest() {
    RunReport report =
        lesson()
            .file(
                "App.java",
                """
                class App {
                  public static void main(String[] args) {
                    System.out.println("Hello, World!");
                  }
                }
                """)
            .file("AppTest.java", HEXLET_MAIN_TEST)
            .run();

    assertThat(report.exitCode()).isEqualTo(ExitStatus.PASSED);
    assertThat(report.tests())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.className()).isEqualTo("AppTest");
              assertThat(t.name()).isEqualTo("main");
              assertThat(t.status()).isEqualTo(Status.PASSED);
              assertThat(t.stdout()).isEqualTo("Hello, World!\n");
            });
  }

  @Test
  void hexletStyleMainMethodTestFailsWhenItsAssertionThrows() {
    RunReport report =
        lesson()
            .file(
                "App.java",
                """
                class App {
                  public static void main(String[] args) {
                    System.out.println("Hello, Hexlet!");
                  }
                }
                """)
            .file("AppTest.java", HEXLET_MAIN_TEST)
            .run();

    assertThat(report.exitCode()).isEqualTo(ExitStatus.FAILED);
    TestOutcome failed = report.tests().get(0);
    assertThat(failed.status()).isEqualTo(Status.FAILED);
    assertThat(failed.message()).contains("Hello, World!").contains("Hello, Hexlet!");
    assertThat(failed.details()).contains("AppTest.main(AppTest.java:").doesNotContain("reflect");
  }

  @Test
  void olderHexletTestClassNamedTestIsFoundToo() {
    RunReport report =
        lesson()
            .file("App.java", LessonFixture.APP)
            .file(
                "Test.java",
"""
                import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

                class Test {
                  public static void main(String[] args) {
                    assertThat(App.add(1, 2)).isEqualTo(3);
                  }
                }
                """)
            .run();

    assertThat(report.tests()).extracting(TestOutcome::className).containsExactly("Test");
    assertThat(report.exitCode()).isEqualTo(ExitStatus.PASSED);
  }

  @Test
  void plainAssertStatementsAreEnabled() {
    RunReport report =
        lesson()
            .file("App.java", LessonFixture.WRONG_APP)
            .file(
                "AppTest.java",
                """
                class AppTest {
                  public static void main(String[] args) {
                    assert App.add(1, 2) == 3 : "1 + 2 should be 3";
                  }
                }
                """)
            .run();

    assertThat(report.tests().get(0).status()).isEqualTo(Status.FAILED);
    assertThat(report.tests().get(0).message()).isEqualTo("1 + 2 should be 3");
  }

  @Test
  void namedMainClassIsUsedWhenSeveralQualify() {
    RunReport ambiguous =
        lesson()
            .file("App.java", LessonFixture.APP)
            .file("AppTest.java", "class AppTest { public static void main(String[] a) {} }\n")
            .file("OtherTest.java", "class OtherTest { public static void main(String[] a) {} }\n")
            .run();
    RunReport named = lesson().run(List.of(), Optional.of("OtherTest"));

    assertThat(ambiguous.exitCode()).isEqualTo(ExitStatus.USAGE);
    assertThat(ambiguous.tests().get(0).message()).contains("AppTest", "OtherTest", "--main");
    assertThat(named.tests()).extracting(TestOutcome::className).containsExactly("OtherTest");
  }

  @Test
  void lessonWithoutTestsIsARunnerError() {
    RunReport report = lesson().file("App.java", LessonFixture.APP).run();

    assertThat(report.exitCode()).isEqualTo(ExitStatus.NO_TESTS);
    assertThat(report.tests().get(0).type()).isEqualTo("hexlet-lesson:runner");
    assertThat(report.tests().get(0).message()).contains("no JUnit tests").contains("App");
  }

  @Test
  void abortedTestCountsAsFailedBecauseLearnerCodeCanAbortOnPurpose() {
    RunReport report =
        lesson()
            .file(
                "App.java",
                """
                class App {
                  static int add(int a, int b) {
                    throw new org.opentest4j.TestAbortedException("no, thanks");
                  }
                }
                """)
            .file("AppTest.java", LessonFixture.JUNIT_TEST)
            .run();

    assertThat(report.exitCode()).isEqualTo(ExitStatus.FAILED);
    assertThat(report.tests())
        .allSatisfy(
            t -> {
              assertThat(t.status()).isEqualTo(Status.FAILED);
              assertThat(t.message()).isEqualTo("aborted: no, thanks");
            });
  }

  @Test
  void failureBeforeAllTestsFailsEachTestThatCouldNotRun() {
    RunReport report =
        lesson()
            .file(
                "App.java",
                """
                class App {
                  static final int BASE = Integer.parseInt("x");

                  static int add(int a, int b) {
                    return a + b;
                  }
                }
                """)
            .file(
                "AppTest.java",
                """
                import org.junit.jupiter.api.BeforeAll;
                import org.junit.jupiter.api.Test;

                class AppTest {
                  @BeforeAll
                  static void load() {
                    App.add(1, 1);
                  }

                  @Test
                  void one() {}

                  @Test
                  void two() {}
                }
                """)
            .run();

    assertThat(report.exitCode()).isEqualTo(ExitStatus.FAILED);
    assertThat(report.tests())
        .extracting(TestOutcome::name, TestOutcome::status)
        .containsExactlyInAnyOrder(tuple("one()", Status.FAILED), tuple("two()", Status.FAILED));
    assertThat(report.tests().get(0).message())
        .startsWith("not run: failed in AppTest: ")
        .contains("ExceptionInInitializerError");
  }

  @Test
  void disabledTestIsSkippedAndDoesNotFailTheRun() {
    RunReport report =
        lesson()
            .file("App.java", LessonFixture.APP)
            .file(
                "AppTest.java",
                """
                import org.junit.jupiter.api.Disabled;
                import org.junit.jupiter.api.Test;

                class AppTest {
                  @Test
                  void runs() {}

                  @Test
                  @Disabled("not yet")
                  void waits() {}
                }
                """)
            .run();

    assertThat(report.exitCode()).isEqualTo(ExitStatus.PASSED);
    assertThat(report.tests())
        .extracting(TestOutcome::name, TestOutcome::status, TestOutcome::message)
        .contains(tuple("waits()", Status.SKIPPED, "not yet"));
  }

  @Test
  void parameterizedAndNestedTestsAreNamedBelowTheirClassAndKeptUnique() {
    RunReport report =
        lesson()
            .file("App.java", LessonFixture.APP)
            .file(
                "AppTest.java",
"""
                import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

                import org.junit.jupiter.api.DisplayName;
                import org.junit.jupiter.api.Nested;
                import org.junit.jupiter.api.Test;
                import org.junit.jupiter.params.ParameterizedTest;
                import org.junit.jupiter.params.provider.CsvSource;

                class AppTest {
                  @ParameterizedTest
                  @CsvSource({"1, 1, 2", "2, 3, 5"})
                  void adds(int a, int b, int sum) {
                    assertThat(App.add(a, b)).isEqualTo(sum);
                  }

                  @Test
                  @DisplayName("same name")
                  void first() {}

                  @Test
                  @DisplayName("same name")
                  void second() {}

                  @Nested
                  class Negatives {
                    @Test
                    void addsThem() {
                      assertThat(App.add(-1, -1)).isEqualTo(-2);
                    }
                  }
                }
                """)
            .run();

    assertThat(report.tests())
        .extracting(TestOutcome::className, TestOutcome::name)
        .containsExactlyInAnyOrder(
            tuple("AppTest", "adds(int, int, int) > [1] 1, 1, 2"),
            tuple("AppTest", "adds(int, int, int) > [2] 2, 3, 5"),
            tuple("AppTest", "same name"),
            tuple("AppTest", "same name (2)"),
            tuple("AppTest$Negatives", "addsThem()"));
  }

  @Test
  void softAssertionsFromAssertjWork() {
    RunReport report =
        lesson()
            .file("App.java", LessonFixture.WRONG_APP)
            .file(
                "AppTest.java",
                """
                import org.assertj.core.api.SoftAssertions;
                import org.junit.jupiter.api.Test;

                class AppTest {
                  @Test
                  void addsSeveral() {
                    SoftAssertions.assertSoftly(
                        softly -> {
                          softly.assertThat(App.add(1, 1)).isEqualTo(2);
                          softly.assertThat(App.add(2, 2)).isEqualTo(4);
                        });
                  }
                }
                """)
            .run();

    assertThat(report.tests().get(0).message()).contains("Multiple Failures (2 failures)");
  }

  @Test
  void nothingOnTheClassPathCanRegisterListenersOrChangeConfiguration() throws IOException {
    Path library = root.resolve("library");
    Files.createDirectories(library.resolve("META-INF/services"));
    Files.writeString(
        library.resolve("META-INF/services/org.junit.platform.launcher.TestExecutionListener"),
        SpyListener.class.getName() + "\n");
    Files.writeString(
        library.resolve("junit-platform.properties"),
        "junit.jupiter.displayname.generator.default="
            + "org.junit.jupiter.api.DisplayNameGenerator$ReplaceUnderscores\n");
    SpyListener.calls.set(0);

    RunReport report =
        lesson()
            .file("App.java", LessonFixture.APP)
            .file(
                "AppTest.java",
                """
                class AppTest {
                  @org.junit.jupiter.api.Test
                  void adds_numbers() {}
                }
                """)
            .run(List.of(library), Optional.empty());

    assertThat(report.tests()).extracting(TestOutcome::name).containsExactly("adds_numbers()");
    assertThat(SpyListener.calls).hasValue(0);
  }

  @Test
  void noSourcesIsARunnerError() {
    RunReport report = lesson().file("README.md", "# nothing\n").run();

    assertThat(report.exitCode()).isEqualTo(ExitStatus.NO_TESTS);
    assertThat(report.tests().get(0).message()).startsWith("no .java files in ");
  }

  private static TestOutcome named(RunReport report, String name) {
    return report.tests().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  static final String HEXLET_MAIN_TEST =
"""
      import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

      import java.io.ByteArrayOutputStream;
      import java.io.FileDescriptor;
      import java.io.FileOutputStream;
      import java.io.PrintStream;

      class AppTest {
        public static void main(final String[] args) {
          final var expected = "Hello, World!";

          ByteArrayOutputStream out = new ByteArrayOutputStream();
          PrintStream original = System.out;
          System.setOut(new PrintStream(out));

          App.main(null);

          final var actual = out.toString().trim();

          System.setOut(original);
          System.out.println(actual);

          assertThat(actual).isEqualTo(expected);
        }
      }
      """;
}
