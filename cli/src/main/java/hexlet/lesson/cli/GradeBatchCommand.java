package hexlet.lesson.cli;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.engine.batch.BatchGrading;
import hexlet.lesson.engine.batch.BatchResult;
import hexlet.lesson.engine.batch.CohortSummary;
import hexlet.lesson.engine.batch.ReportStore;
import hexlet.lesson.engine.batch.Submission;
import hexlet.lesson.engine.batch.Submissions;
import hexlet.lesson.engine.image.CourseCache;
import hexlet.lesson.engine.report.GradebookCsv;
import hexlet.lesson.engine.run.ExpectedTests;
import hexlet.lesson.engine.run.Grader;
import hexlet.lesson.engine.run.Judge;
import hexlet.lesson.engine.run.LessonSetup;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "grade-batch",
    mixinStandardHelpOptions = true,
    description = {
      "Grade a cohort's submissions of one lesson, each in its own locked container, a few at"
          + " a time.",
      "DIR holds one folder, archive (.zip, .tar.gz, .tgz, .tar) or single file per learner,"
          + " named after the learner. The reference solution runs once. Writes each learner's"
          + " report as REPORT_DIR/<learner>.json and a CSV gradebook, and prints a summary with the"
          + " tests that fail most often. A rerun keeps reports whose submission, image and tool"
          + " version are unchanged, unless --force.",
      "Exit 0 when every submission was graded (whatever the learners scored), 1 when some"
          + " could not be graded (a broken archive, a link, a path with ..), 3 on a broken lesson"
          + " or bundle, 4 when Docker is unreachable."
    })
final class GradeBatchCommand extends BaseCommand {
  /** Formats of the summary. */
  enum Format {
    text,
    json,
    markdown
  }

  @Parameters(
      index = "0",
      paramLabel = "LESSON",
      description = "The lesson: its folder, or its module/lesson id in the course or bundle.")
  String lesson;

  @Option(
      names = "--submissions",
      required = true,
      paramLabel = "DIR",
      description = "The folder of submissions, one per learner.")
  Path submissions;

  @Mixin JobsOption jobs = new JobsOption();

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      description =
          "Where each learner's report goes (default: ${DEFAULT-VALUE}); inside the --submissions"
              + " folder it is not taken for a learner.")
  Path reportDir = Path.of("reports");

  @Option(
      names = "--gradebook",
      paramLabel = "FILE",
      description = "The CSV gradebook to write (default: gradebook.csv in the report folder).")
  Path gradebook;

  @Option(
      names = "--force",
      description = "Grade every submission again, even those whose report is up to date.")
  boolean force;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Summary format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Mixin LessonSourceOptions source = new LessonSourceOptions();

  @Mixin LimitOptions limits = new LimitOptions();

  @Mixin RuntimeOption ociRuntime = new RuntimeOption();

  @Override
  protected int run() throws Exception {
    int jobs = this.jobs.value();
    this.source.requireConsistent(lesson);
    Path csv = gradebook != null ? gradebook : reportDir.resolve("gradebook.csv");
    List<Submission> cohort = Submissions.in(submissions, List.of(reportDir, csv));
    if (cohort.isEmpty()) {
      throw ToolException.invalidInput(
          submissions + ": no submissions (a folder or archive per learner)");
    }
    try (var engine = new EngineSession(env(), jobs)) {
      // Reaping overlaps reading the course and finding its image.
      engine.startReaping();
      var runner = engine.runner(ociRuntime.value()).inLanes(jobs);
      try (LessonSource source = this.source.open(engine, console(), lesson)) {
        var setup =
            LessonSetup.of(source.course(), source.lesson(), source.image(), limits.override());
        var grader =
            new Grader(
                runner,
                Judge.policy(),
                new ExpectedTests(new CourseCache(source.course().root())),
                engine.clock());
        engine.awaitReaping();
        var lessonGrading =
            new BatchLesson(
                setup, grader, source.expectedTests(setup, grader, console()), source.reports());
        BatchResult result =
            new BatchGrading(lessonGrading, new ReportStore(reportDir), engine.clock())
                .run(cohort, jobs, force, new BatchProgressBar(console(), System::nanoTime));
        ReportOutput.writeFile(csv, new GradebookCsv().render(result.gradebook()));
        CohortSummary summary = CohortSummary.of(result);
        console()
            .out()
            .print(
                switch (format) {
                  case text -> summary.text();
                  case json -> summary.json();
                  case markdown -> summary.markdown();
                });
        console().out().flush();
        console().info("reports in " + reportDir + ", gradebook " + csv);
        CiOutputs.appendStepSummary(console(), env(), summary::markdown);
        return result.allGraded() ? ExitCodes.OK : ExitCodes.FINDINGS;
      }
    }
  }
}
