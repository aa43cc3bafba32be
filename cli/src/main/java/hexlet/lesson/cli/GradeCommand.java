package hexlet.lesson.cli;

import hexlet.lesson.engine.batch.SubmissionReader;
import hexlet.lesson.engine.grade.TestStatus;
import hexlet.lesson.engine.image.CourseCache;
import hexlet.lesson.engine.report.Report;
import hexlet.lesson.engine.report.ReportFormat;
import hexlet.lesson.engine.run.ExpectedTests;
import hexlet.lesson.engine.run.GradeResult;
import hexlet.lesson.engine.run.Grader;
import hexlet.lesson.engine.run.Judge;
import hexlet.lesson.engine.run.LessonSetup;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "grade",
    mixinStandardHelpOptions = true,
    description = {
      "Grade a learner's solution of one lesson in a locked container and print the report.",
      "The lesson's reference solution runs first when its test set is not cached yet. With"
          + " --bundle, grades from a course bundle, with no course repository or registry.",
      "Exit 0 on pass, 1 on fail or error, 3 on a broken lesson or bundle, 4 when Docker is"
          + " unreachable."
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
      description =
          "The learner's file (graded as the lesson's exercise file), folder of files, or"
              + " archive of them (.zip, .tar.gz, .tgz, .tar), read as grade-batch reads one.")
  Path solution;

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

  @Mixin LimitOptions limits = new LimitOptions();

  @Mixin RuntimeOption ociRuntime = new RuntimeOption();

  @Mixin LessonSourceOptions source = new LessonSourceOptions();

  @Mixin CiOutputs ci = new CiOutputs();

  @Override
  protected int run() throws Exception {
    this.source.requireConsistent(lesson);
    ReportOutput.checkWritable(output, "the report");
    ci.checkWritable();
    long start = System.nanoTime();
    try (var engine = new EngineSession(env(), 1)) {
      // Connecting to the engine and reaping overlap with reading the course.
      engine.startReaping();
      var runner = engine.runner(ociRuntime.value());
      try (LessonSource source = this.source.open(engine, console(), lesson)) {
        console().debug(String.format("image ready after %d ms", millis(start)));
        var setup =
            LessonSetup.of(source.course(), source.lesson(), source.image(), limits.override());
        var submission = SubmissionReader.solution(solution, setup.exerciseFilename());
        var grader =
            new Grader(
                runner,
                Judge.policy(),
                new ExpectedTests(new CourseCache(source.course().root())),
                engine.clock());
        engine.awaitReaping();
        Set<String> expected = source.expectedTests(setup, grader, console());
        GradeResult result = grader.judged(setup, submission, Optional.of(expected), false);
        console()
            .debug(
                String.format(
                    "graded after %d ms (test command: %s)", millis(start), setup.testCommand()));
        Report report = source.reports().report(result);
        ReportOutput.write(report, format, output, console());
        ci.write(
            console(),
            env(),
            () -> ReportFormat.junit.renderer(false).render(report),
            () -> ReportFormat.markdown.renderer(false).render(report));
        return report.status() == TestStatus.PASS ? ExitCodes.OK : ExitCodes.FINDINGS;
      }
    }
  }

  private static long millis(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }
}
