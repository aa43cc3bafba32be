package hexlet.lesson.engine.run;

import hexlet.lesson.course.LanguageSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Python lessons: the project's pytest plugin ({@code hexlet_results.py}) is sent in and loaded
 * through PYTEST_ADDOPTS, so any pytest run, the language default or the one a Hexlet Makefile
 * starts, writes per-test JUnit XML from raw outcomes to {@code $HEXLET_RESULTS}.
 */
final class PythonSupport implements LanguageSupport {
  static final String PLUGIN_DIR = "python";
  private static final String PLUGIN = "hexlet_results.py";

  @Override
  public List<SandboxFile> supportFiles() {
    return List.of(new SandboxFile(PLUGIN_DIR + "/" + PLUGIN, plugin(), false));
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
  public boolean signsResults() {
    return true;
  }

  @Override
  public Optional<String> defaultTestCommand(LanguageSpec spec) {
    String tests = spec.exerciseTestFilename();
    return Optional.of("python3 -m pytest" + (tests == null ? "" : " " + Shell.quote(tests)));
  }

  private static byte[] plugin() {
    try (InputStream in = PythonSupport.class.getResourceAsStream(PLUGIN_DIR + "/" + PLUGIN)) {
      if (in == null) {
        throw new IllegalStateException("the pytest plugin is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
