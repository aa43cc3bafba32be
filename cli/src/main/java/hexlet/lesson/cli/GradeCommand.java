package hexlet.lesson.cli;

import hexlet.lesson.engine.grade.TestStatus;
import hexlet.lesson.engine.image.BuiltImage;
import hexlet.lesson.engine.image.CourseCache;
import hexlet.lesson.engine.report.Report;
import hexlet.lesson.engine.report.ReportFormat;
import hexlet.lesson.engine.run.ExpectedTests;
import hexlet.lesson.engine.run.FolderFiles;
import hexlet.lesson.engine.run.GradeResult;
import hexlet.lesson.engine.run.Grader;
import hexlet.lesson.engine.run.Judge;
import hexlet.lesson.engine.run.LessonSetup;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "grade",
    mixinStandardHelpOptions = true,
    description = {
      "Grade a learner's solution of one lesson in a locked container and print the report.",
      "The lesson's reference solution runs first when its test set is not cached yet.",
      "Exit 0 on pass, 1 on fail or error, 3 on a broken lesson, 4 when Docker is unreachable."
    })
final class GradeCommand extends BaseCommand {
  @Parameters(
      index = "0",
      paramLabel = "LESSON",
      description = "The lesson: its folder, or its module/lesson id in the course.")
  String lesson;

  @Option(
      names = "--solution",
      required = true,
      paramLabel = "PATH",
      description = "The learner's file (graded as the lesson's exercise file) or folder of files.")
  Path solution;

  @Option(
      names = "--course",
      paramLabel = "DIR",
      description = "The course folder (default: found above LESSON, or the current folder).")
  Path course;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format = ReportFormat.text;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--image",
      paramLabel = "TAG",
      description = "Run in this prepared image instead of building the course's.")
  String image;

  @Mixin LimitOptions limits = new LimitOptions();

  @Override
  protected int run() throws Exception {
    var found = LessonLocator.find(lesson, Optional.ofNullable(course));
    try (var engine = new EngineSession(env(), 1)) {
      engine.reapLeftovers();
      BuiltImage built =
          image != null
              ? engine.images().prepared(image)
              : engine.images().ensure(found.course(), new BuildProgress(console()));
      var setup = LessonSetup.of(found.course(), found.lesson(), built.image(), limits.override());
      var submission = FolderFiles.submission(solution, setup.exerciseFilename());
      var grader =
          new Grader(
              engine.runner(),
              Judge.policy(),
              new ExpectedTests(new CourseCache(found.course().root())),
              engine.clock());
      GradeResult result = grader.grade(setup, submission);
      Report report = new ReportOutput(found.course().root()).report(result);
      ReportOutput.write(report, format, output, console());
      return report.status() == TestStatus.PASS ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
  }
}
