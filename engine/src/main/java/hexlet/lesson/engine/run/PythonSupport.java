package hexlet.lesson.engine.run;

import hexlet.lesson.course.LanguageSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Python lessons: the project's pytest plugin ({@code hexlet_results.py}) is sent in and loaded
 * through PYTEST_ADDOPTS, so any pytest run, the language default or the one a Hexlet Makefile
 * starts, writes per-test JUnit XML from raw outcomes to {@code $HEXLET_RESULTS}.
 */
final class PythonSupport implements LanguageSupport {
  static final String PLUGIN_DIR = "python";
  private static final String PLUGIN = "hexlet_results.py";
  private static final SandboxFile PLUGIN_FILE =
      new SandboxFile(
          PLUGIN_DIR + "/" + PLUGIN, PackagedFile.bytes(PLUGIN_DIR + "/" + PLUGIN), false);
  private static final Set<String> PYTEST_CONFIGURATION =
      Set.of("pytest.ini", ".pytest.ini", "tox.ini", "setup.cfg", "pyproject.toml");
  private static final Set<String> STARTUP_FILES = Set.of("sitecustomize.py", "usercustomize.py");

  /** What Python imports a module from besides a folder: source, bytecode, extension modules. */
  private static final List<String> IMPORTABLE_SUFFIXES = List.of(".py", ".pyc", ".so");

  private static final Set<String> RUNNER_MODULES =
      Set.of(
          "pytest",
          "_pytest",
          "pluggy",
          "py",
          "iniconfig",
          "packaging",
          "exceptiongroup",
          "tomli",
          "attr",
          "attrs",
          "hexlet_results");

  /**
   * Python's standard modules (3.11's {@code sys.stdlib_module_names}). The lesson folder comes
   * first on {@code sys.path} ({@code python3 -m pytest}, or a Hexlet {@code python test.py} that
   * imports the learner's file next to it), so a submitted {@code dataclasses.py} would run inside
   * pytest's start, before the plugin has taken the run's secret. Refusing such names keeps the
   * folder on the path, which script-style lessons need.
   */
  private static final Set<String> STANDARD_MODULES = standardModules();

  @Override
  public List<SandboxFile> supportFiles() {
    return List.of(PLUGIN_FILE);
  }

  @Override
  public Map<String, String> environment(Map<String, String> imageEnv) {
    Map<String, String> env = new LinkedHashMap<>();
    String pluginDir = SUPPORT_DIR + "/" + PLUGIN_DIR;
    String pythonPath = imageEnv.get("PYTHONPATH");
    env.put(
        "PYTHONPATH",
        pythonPath == null || pythonPath.isBlank() ? pluginDir : pluginDir + ":" + pythonPath);
    String addopts = imageEnv.getOrDefault("PYTEST_ADDOPTS", "");
    env.put("PYTEST_ADDOPTS", ("-p hexlet_results -p no:cacheprovider " + addopts).strip());
    env.put("PYTHONDONTWRITEBYTECODE", "1");
    return env;
  }

  @Override
  public Optional<String> refusal(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (name.equals("conftest.py")) {
      return Optional.of("is a pytest plugin file, which pytest loads before the tests");
    }
    if (PYTEST_CONFIGURATION.contains(name)) {
      return Optional.of("is a configuration file that pytest reads");
    }
    if (STARTUP_FILES.contains(moduleFile(name) + ".py") || name.endsWith(".pth")) {
      return Optional.of("is a file that Python runs when it starts");
    }
    String module = path.contains("/") ? path.substring(0, path.indexOf('/')) : moduleFile(name);
    if (RUNNER_MODULES.contains(module)) {
      return Optional.of("would replace the test runner's module '" + module + "'");
    }
    if (STANDARD_MODULES.contains(module)) {
      return Optional.of(
          "would replace Python's standard module '" + module + "': give it another name");
    }
    return Optional.empty();
  }

  /**
   * The module a file in the lesson folder is imported as: Python imports compiled modules ({@code
   * argparse.pyc} without its source, {@code argparse.cpython-311-x86_64-linux-gnu.so}) as readily
   * as source files, so {@code hexlet_results.pyc} would replace the plugin. Other files keep their
   * whole name: a {@code test.txt} imports as nothing.
   */
  private static String moduleFile(String name) {
    boolean importable = IMPORTABLE_SUFFIXES.stream().anyMatch(name::endsWith);
    int dot = name.indexOf('.');
    return importable && dot > 0 ? name.substring(0, dot) : name;
  }

  @Override
  public boolean signsResults() {
    return true;
  }

  @Override
  public Optional<String> defaultTestCommand(LanguageSpec spec) {
    String tests = spec.exerciseTestFilename();
    return Optional.of("python3 -m pytest" + (tests == null ? "" : " " + Shell.quote(tests)));
  }

  private static Set<String> standardModules() {
    try (InputStream in =
        PythonSupport.class.getResourceAsStream(PLUGIN_DIR + "/stdlib-modules.txt")) {
      if (in == null) {
        throw new IllegalStateException("the list of Python's standard modules is missing");
      }
      return Set.copyOf(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
