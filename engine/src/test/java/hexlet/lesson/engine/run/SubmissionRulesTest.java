package hexlet.lesson.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hexlet.lesson.core.ToolException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubmissionRulesTest {
  private static final LanguageSupport PYTHON = new PythonSupport();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GNUmakefile",
        "makefile",
        "Makefile",
        "sub/makefile",
        "conftest.py",
        "tests/conftest.py",
        "pytest.ini",
        ".pytest.ini",
        "tox.ini",
        "setup.cfg",
        "pyproject.toml",
        "sitecustomize.py",
        "usercustomize.py",
        "evil.pth",
        "pytest.py",
        "_pytest/runner.py",
        "pluggy/__init__.py",
        "hexlet_results.py",
        "dataclasses.py",
        "json/__init__.py",
        "iniconfig.py",
        "hexlet_results.pyc",
        "argparse.pyc",
        "argparse.cpython-311-x86_64-linux-gnu.so",
        "pluggy.abi3.so",
        "sitecustomize.pyc",
        "usercustomize.so"
      })
  void filesThatWouldRunTheTestsAreRefused(String path) {
    assertThatThrownBy(
            () -> SubmissionRules.check(List.of(file("solution.py"), file(path)), PYTHON))
        .isInstanceOf(ToolException.class)
        .satisfies(
            e -> assertThat(((ToolException) e).kind()).isEqualTo(ToolException.Kind.INVALID_INPUT))
        .hasMessageContaining(path + " ")
        .hasMessageNotContaining("solution.py ");
  }

  @Test
  void everyRefusedFileIsNamed() {
    assertThatThrownBy(
            () ->
                SubmissionRules.check(
                    List.of(file("conftest.py"), file("GNUmakefile"), file("pytest.ini")), PYTHON))
        .hasMessageContaining("conftest.py is a pytest plugin file")
        .hasMessageContaining("GNUmakefile is a makefile")
        .hasMessageContaining("pytest.ini is a configuration file that pytest reads");
  }

  @Test
  void codeToTestIsAccepted() {
    var submission =
        List.of(
            file("solution.py"),
            file("helpers.py"),
            file("lib/pytest_helpers.py"),
            file("lib/conftest_notes.txt"),
            file("data/pytest.txt"),
            file("test.txt"),
            file("helpers.pyc"),
            file("fast.cpython-311-x86_64-linux-gnu.so"));

    assertThatCode(() -> SubmissionRules.check(submission, PYTHON)).doesNotThrowAnyException();
  }

  @Test
  void otherLanguagesRefuseMakefilesOnly() {
    LanguageSupport plain = new PlainSupport();

    assertThatCode(() -> SubmissionRules.check(List.of(file("conftest.py")), plain))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> SubmissionRules.check(List.of(file("GNUmakefile")), plain))
        .hasMessageContaining("GNUmakefile is a makefile");
  }

  private static SandboxFile file(String path) {
    return new SandboxFile(path, "x = 1\n".getBytes(StandardCharsets.UTF_8), false);
  }
}
