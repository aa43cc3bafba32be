package hexlet.lesson.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * What a CI job wants besides the printed report: JUnit XML in a file for its test tab ({@code
 * --junit FILE}), and, when {@code GITHUB_STEP_SUMMARY} names a file (GitHub Actions sets it), a
 * Markdown summary appended to it.
 */
final class CiOutputs {
  static final String STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

  @Option(
      names = "--junit",
      paramLabel = "FILE",
      description = "Also write the results as JUnit XML to FILE, for a CI system's test tab.")
  Path junit;

  /**
   * Writes what was asked for. A step summary that cannot be written is a warning: the grade itself
   * stands.
   */
  /** Refuses a --junit file that could never be written, before any run. */
  void checkWritable() {
    ReportOutput.checkWritable(junit, "the JUnit XML");
  }

  void write(
      Console console,
      Map<String, String> env,
      Supplier<String> junitXml,
      Supplier<String> markdown) {
    if (junit != null) {
      ReportOutput.writeFile(junit, junitXml.get());
      console.info("JUnit XML written to " + junit);
    }
    appendStepSummary(console, env, markdown);
  }

  /** Appends the Markdown to the file GITHUB_STEP_SUMMARY names, when it names one. */
  static void appendStepSummary(
      Console console, Map<String, String> env, Supplier<String> markdown) {
    String summary = env.get(STEP_SUMMARY);
    if (summary != null && !summary.isBlank()) {
      try {
        Files.writeString(
            Path.of(summary),
            markdown.get() + "\n",
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        console.info(
            "warning: cannot append to " + STEP_SUMMARY + " (" + summary + "): " + e.getMessage());
      }
    }
  }
}
