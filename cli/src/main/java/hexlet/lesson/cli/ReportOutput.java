package hexlet.lesson.cli;

import hexlet.lesson.engine.grade.RunOutcome;
import hexlet.lesson.engine.grade.Verdict;
import hexlet.lesson.engine.report.Provenance;
import hexlet.lesson.engine.report.Report;
import hexlet.lesson.engine.report.ReportFormat;
import hexlet.lesson.engine.run.CourseCommit;
import hexlet.lesson.engine.run.GradeResult;
import hexlet.lesson.engine.run.LessonSetup;
import hexlet.lesson.grading.GradingConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Turns graded runs into reports and writes them where asked. */
final class ReportOutput {
  private final Optional<String> courseCommit;

  ReportOutput(Path courseRoot) {
    this(CourseCommit.of(courseRoot));
  }

  ReportOutput(Optional<String> courseCommit) {
    this.courseCommit = courseCommit;
  }

  Report report(GradeResult result) {
    return report(
        result.setup(),
        result.verdict(),
        result.outcome(),
        result.expectedTests(),
        result.startedAt());
  }

  Report report(
      LessonSetup setup,
      Verdict verdict,
      RunOutcome outcome,
      Optional<Set<String>> expectedTests,
      Instant startedAt) {
    GradingConfig config = setup.config();
    GradingConfig asRun =
        new GradingConfig(
            config.testCommand(),
            config.results(),
            setup.limits(),
            config.points(),
            config.hiddenTests());
    var provenance =
        new Provenance(courseCommit, setup.image().id(), VersionProvider.version(), startedAt);
    return Report.of(setup.lessonId(), verdict, outcome, asRun, expectedTests, provenance);
  }

  /** Writes the report to the file, or to standard output when there is none. */
  static void write(Report report, ReportFormat format, Path file, Console console)
      throws IOException {
    String text = format.renderer(file == null && console.color()).render(report);
    if (file == null) {
      console.out().print(text.endsWith("\n") ? text : text + "\n");
      console.out().flush();
    } else {
      writeFile(file, text);
      console.info("report written to " + file);
    }
  }

  static void writeFile(Path file, String text) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, text.endsWith("\n") ? text : text + "\n");
  }
}
