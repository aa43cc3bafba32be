package hexlet.lesson.engine.run;

import hexlet.lesson.course.LanguageSpec;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the engine adds to a run for one language: files sent in with the lesson (put under {@link
 * #SUPPORT_DIR}, never baked into an image, so prepared images work too), environment variables
 * that make the language's test runner write JUnit XML to {@code $HEXLET_RESULTS}, and the test
 * command used when a lesson has neither {@code grading.test_command} nor a Makefile {@code test}
 * target.
 */
public interface LanguageSupport {
  /** Where support files land inside the container; a tmpfs, gone with the container. */
  String SUPPORT_DIR = "/tmp/.hexlet";

  /** Files relative to {@link #SUPPORT_DIR}. */
  List<SandboxFile> supportFiles();

  /**
   * Variables to set for the test command.
   *
   * @param imageEnv the image's own environment, for variables that extend one of it
   */
  Map<String, String> environment(Map<String, String> imageEnv);

  /**
   * Whether the language's runner signs its results with the run's secret, read from the file named
   * by {@code $HEXLET_NONCE_FILE}; unsigned results are then refused.
   */
  boolean signsResults();

  /**
   * Why a submission may not carry the file at {@code path} (relative to the lesson folder): the
   * language's test runner would read it as configuration or load it before the tests, such as
   * pytest's {@code conftest.py}. Empty when the file is only code to test.
   */
  default Optional<String> refusal(String path) {
    return Optional.empty();
  }

  /** The test command of a lesson that defines none. */
  Optional<String> defaultTestCommand(LanguageSpec spec);

  /**
   * Files the course image's build may install for a faster start, offered in its build context
   * under {@code .hexlet/} when the course's Dockerfile names them (such as {@code
   * .hexlet/junit-runner.jar}); runs never depend on them.
   */
  default List<SandboxFile> imageFiles() {
    return List.of();
  }

  /** The support for the course's language; a plain one for languages it does not know. */
  static LanguageSupport of(LanguageSpec spec) {
    String extension = spec.extension() == null ? "" : spec.extension().toLowerCase(Locale.ROOT);
    String name = spec.name() == null ? "" : spec.name().toLowerCase(Locale.ROOT);
    if (extension.equals("py") || name.equals("python")) {
      return new PythonSupport();
    }
    if (extension.equals("java") || name.equals("java")) {
      return new JavaSupport();
    }
    if (extension.equals("js") || extension.equals("javascript") || name.equals("javascript")) {
      return new JavaScriptSupport();
    }
    return new PlainSupport();
  }
}
