package hexlet.lesson.engine.run;

import hexlet.lesson.course.LanguageSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Java lessons: the project's junit-runner jar and a small script that starts it are sent in with
 * each run. The runner compiles the lesson's {@code .java} files, runs their JUnit tests (or the
 * test class's main method, Hexlet's style) and writes JUnit XML signed with the run's secret. An
 * image that installed the same jar under /opt/hexlet-lesson with a class-data archive (see the
 * junit-runner module's README) is used as is, for a faster start.
 */
final class JavaSupport implements LanguageSupport {
  static final String DIR = "java";
  static final String JAR = "junit-runner.jar";
  static final String SCRIPT = "junit.sh";

  /** The jar is 8 MB: read once per process, shared by every run. */
  private static final class Jar {
    static final byte[] BYTES = PackagedFile.bytes(DIR + "/" + JAR);
  }

  private static final byte[] SCRIPT_BYTES = PackagedFile.bytes(DIR + "/" + SCRIPT);

  @Override
  public List<SandboxFile> supportFiles() {
    return List.of(
        new SandboxFile(DIR + "/" + JAR, Jar.BYTES, false),
        new SandboxFile(DIR + "/" + SCRIPT, SCRIPT_BYTES, false));
  }

  @Override
  public Map<String, String> environment(Map<String, String> imageEnv) {
    return Map.of();
  }

  @Override
  public boolean signsResults() {
    return true;
  }

  /**
   * The script; for a lesson without JUnit tests the runner judges the main method of the spec's
   * test class (Hexlet's {@code AppTest.java} or {@code Test.java}).
   */
  @Override
  public Optional<String> defaultTestCommand(LanguageSpec spec) {
    String command = "sh " + SUPPORT_DIR + "/" + DIR + "/" + SCRIPT;
    String tests = spec.exerciseTestFilename();
    if (tests != null && tests.endsWith(".java") && !tests.contains("/")) {
      command += " --main " + Shell.quote(tests.substring(0, tests.length() - ".java".length()));
    }
    return Optional.of(command);
  }

  /** The same jar, for a Dockerfile that installs it with a class-data archive. */
  @Override
  public List<SandboxFile> imageFiles() {
    return List.of(new SandboxFile(JAR, Jar.BYTES, false));
  }
}
