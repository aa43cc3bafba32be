package hexlet.lesson.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.course.LanguageSpec;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class LanguageSupportTest {
  private static final LanguageSpec JAVA =
      new LanguageSpec("Java", null, "java", "App.java", "AppTest.java", null, null);
  private static final LanguageSpec HEXLET_JAVA =
      new LanguageSpec("Java", null, "java", "App.java", "Test.java", null, null);
  private static final LanguageSpec JAVASCRIPT =
      new LanguageSpec("JavaScript", null, "js", "index.js", "test.js", null, null);
  private static final LanguageSpec HEXLET_JAVASCRIPT =
      new LanguageSpec(null, null, "javascript", "index.js", "test.js", null, null);

  @Test
  void javaLessonsRunThroughJunitRunnerJudgingTheSpecsTestClassWhenItHasAMainMethod() {
    LanguageSupport support = LanguageSupport.of(JAVA);

    assertThat(support).isInstanceOf(JavaSupport.class);
    assertThat(support.signsResults()).isTrue();
    assertThat(support.defaultTestCommand(JAVA))
        .contains("sh /tmp/.hexlet/java/junit.sh --main 'AppTest'");
    assertThat(support.defaultTestCommand(HEXLET_JAVA))
        .contains("sh /tmp/.hexlet/java/junit.sh --main 'Test'");
    assertThat(support.environment(Map.of())).isEmpty();
  }

  @Test
  void theRunnerJarAndItsScriptAreSentWithEveryJavaRun() throws Exception {
    var files = new JavaSupport().supportFiles();

    assertThat(files)
        .extracting(SandboxFile::path)
        .containsExactly("java/junit-runner.jar", "java/junit.sh");
    var jar = new ZipInputStream(new java.io.ByteArrayInputStream(files.get(0).content()));
    boolean mainFound = false;
    for (var entry = jar.getNextEntry(); entry != null; entry = jar.getNextEntry()) {
      mainFound |= entry.getName().equals("hexlet/lesson/junit/RunnerMain.class");
    }
    assertThat(mainFound).as("the shaded runner's main class is in the embedded jar").isTrue();
    assertThat(new String(files.get(1).content()))
        .contains("--nonce-file \"$HEXLET_NONCE_FILE\"")
        .contains("/opt/hexlet-lesson/junit-runner.jsa");
  }

  @Test
  void javascriptLessonsRunThroughTheNodeTestLauncher() {
    for (LanguageSpec spec : new LanguageSpec[] {JAVASCRIPT, HEXLET_JAVASCRIPT}) {
      LanguageSupport support = LanguageSupport.of(spec);

      assertThat(support).isInstanceOf(JavaScriptSupport.class);
      assertThat(support.signsResults()).isTrue();
      assertThat(support.defaultTestCommand(spec))
          .contains(
              "node --require '/tmp/.hexlet/javascript/hexlet-reporter.cjs'"
                  + " --test-reporter='/tmp/.hexlet/javascript/hexlet-reporter.cjs'"
                  + " --test-reporter-destination=stderr"
                  + " '/tmp/.hexlet/javascript/hexlet-run.cjs' 'test.js'");
      assertThat(support.supportFiles())
          .extracting(SandboxFile::path)
          .containsExactly("javascript/hexlet-reporter.cjs", "javascript/hexlet-run.cjs");
      assertThat(new String(support.supportFiles().get(0).content())).contains("HEXLET_NONCE_FILE");
    }
  }
}
