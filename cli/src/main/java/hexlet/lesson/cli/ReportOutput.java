package hexlet.lesson.cli;

import hexlet.lesson.core.ToolException;
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
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
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
  static void write(Report report, ReportFormat format, Path file, Console console) {
    String text = format.renderer(file == null && console.color()).render(report);
    if (file == null) {
      console.out().print(text.endsWith("\n") ? text : text + "\n");
      console.out().flush();
    } else {
      writeFile(file, text);
      console.info("report written to " + file);
    }
  }

  /** Writes the file, making its folders; a file that cannot be written is the user's to fix. */
  static void writeFile(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text.endsWith("\n") ? text : text + "\n");
    } catch (IOException e) {
      throw ToolException.invalidInput("cannot write " + file + ": " + why(e));
    }
  }

  /**
   * Refuses, before any run spends time, a file that could never be written: a folder, or a path
   * through a file. {@code what} names it in the message ("the report").
   */
  static void checkWritable(Path file, String what) {
    if (file == null) {
      return;
    }
    String problem = null;
    if (Files.isDirectory(file)) {
      problem = "it is a folder";
    } else {
      for (Path folder = file.toAbsolutePath().getParent();
          folder != null;
          folder = folder.getParent()) {
        if (Files.exists(folder)) {
          if (!Files.isDirectory(folder)) {
            problem = folder + " is a file, not a folder";
          }
          break;
        }
      }
    }
    if (problem != null) {
      throw ToolException.invalidInput("cannot write " + what + " to " + file + ": " + problem);
    }
  }

  private static String why(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException exists) {
      return exists.getFile() + " is a file, not a folder";
    }
    if (e instanceof FileSystemException failure && failure.getReason() != null) {
      return failure.getReason();
    }
    return e.getMessage();
  }
}
