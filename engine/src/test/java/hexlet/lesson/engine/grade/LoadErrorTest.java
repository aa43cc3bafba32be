package hexlet.lesson.engine.grade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoadErrorTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "pytest-syntax-error.xml | solution.py:2: SyntaxError: invalid syntax",
        "pytest-indentation-error.xml | solution.py:2: IndentationError: expected an indented"
            + " block after function definition on line 1",
        "pytest-name-error.xml | solution.py:2: NameError: name 'undefined_name' is not defined",
        "pytest-module-not-found.xml | solution.py:1: ModuleNotFoundError: No module named"
            + " 'numpyx'",
        "pytest-import-error.xml | test_solution.py:2: ImportError: cannot import name 'greet'"
            + " from 'solution' (solution.py)",
        "pytest-internal-error.xml | solution.py:2: SystemExit: 0",
      })
  void pointsAtTheLearnersFileAndLine(String resource, String summary) throws Exception {
    String traceback =
        new JUnitXmlParser().parse(JUnitXmlParserTest.resource(resource)).get(0).message();

    assertThat(LoadError.summarize(traceback)).isEqualTo(summary);
  }

  @Test
  void withoutAnExceptionLineTheFirstLineIsKept() {
    assertThat(LoadError.summarize("\n  something odd happened\nmore"))
        .isEqualTo("something odd happened");
  }

  @Test
  void withoutAFrameTheExceptionStandsAlone() {
    assertThat(LoadError.summarize("E   ValueError: bad")).isEqualTo("ValueError: bad");
  }

  @Test
  void libraryFramesAreDroppedWithTheirCode() throws Exception {
    String traceback =
        new JUnitXmlParser()
            .parse(JUnitXmlParserTest.resource("pytest-syntax-error.xml"))
            .get(0)
            .message();

    assertThat(LoadError.withoutLibraryFrames(traceback))
        .isEqualTo(
            """
            test_solution.py:2: in <module>
                from solution import greet
            E     File "/exercises-python/modules/10-basics/10-hello-world/solution.py", line 2
            E       return "Hello, " +
            E                         ^
            E   SyntaxError: invalid syntax""");
  }

  @Test
  void nativeLibraryFramesAreDroppedToo() throws Exception {
    String traceback =
        new JUnitXmlParser()
            .parse(JUnitXmlParserTest.resource("pytest-internal-error.xml"))
            .get(0)
            .message();

    assertThat(LoadError.withoutLibraryFrames(traceback))
        .isEqualTo(
            """
            Traceback (most recent call last):
              File "/exercises-python/modules/10-basics/10-hello-world/test_solution.py", line 2, in <module>
                from solution import greet
              File "/exercises-python/modules/10-basics/10-hello-world/solution.py", line 2, in <module>
                sys.exit(0)
            SystemExit: 0""");
  }

  @Test
  void pytestsNamingHintIsDropped() throws Exception {
    String traceback =
        new JUnitXmlParser()
            .parse(JUnitXmlParserTest.resource("pytest-import-error.xml"))
            .get(0)
            .message();

    assertThat(LoadError.withoutLibraryFrames(traceback))
        .isEqualTo(
            """
            ImportError while importing test module \
            '/exercises-python/modules/10-basics/10-hello-world/test_solution.py'.
            Traceback:
            test_solution.py:2: in <module>
                from solution import greet
            E   ImportError: cannot import name 'greet' from 'solution' \
            (/exercises-python/modules/10-basics/10-hello-world/solution.py)""");
  }
}
