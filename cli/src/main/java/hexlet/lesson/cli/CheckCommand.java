package hexlet.lesson.cli;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.course.Lesson;
import hexlet.lesson.engine.check.CheckResult;
import hexlet.lesson.engine.check.CheckSummary;
import hexlet.lesson.engine.check.CourseCheck;
import hexlet.lesson.engine.check.LessonCheck;
import hexlet.lesson.engine.check.RunSummary;
import hexlet.lesson.engine.grade.TestResult;
import hexlet.lesson.engine.image.BuiltImage;
import hexlet.lesson.engine.image.CourseCache;
import hexlet.lesson.engine.report.ReportFormat;
import hexlet.lesson.engine.run.ExpectedTests;
import hexlet.lesson.engine.run.Judge;
import hexlet.lesson.engine.run.LessonSetup;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check that every lesson's reference solution passes and its starter does not.",
      "Prints a table: lesson, reference and starter verdicts, time and peak memory of the"
          + " reference run against the limits.",
      "Exit 0 when every lesson keeps the rule, 1 when one breaks it, 3 on an invalid course,"
          + " 4 when Docker is unreachable."
    })
final class CheckCommand extends BaseCommand {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "The course folder (default: the current folder).")
  Path dir = Path.of(".");

  @Mixin JobsOption jobs = new JobsOption();

  @Option(
      names = "--lesson",
      paramLabel = "LESSON",
      description = "Check only this lesson (folder or module/lesson id); repeatable.")
  List<String> lessons = new ArrayList<>();

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      description =
          "Also write each run's report there, as <module>/<lesson>/reference.<ext> and"
              + " starter.<ext>, and the summary as summary.<ext>.")
  Path reportDir;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "Format of the summary and the reports: ${COMPLETION-CANDIDATES} (default:"
              + " ${DEFAULT-VALUE}).")
  ReportFormat format = ReportFormat.text;

  @Mixin ImageOption image = new ImageOption();

  @Mixin LimitOptions limits = new LimitOptions();

  @Mixin RuntimeOption ociRuntime = new RuntimeOption();

  @Mixin CiOutputs ci = new CiOutputs();

  @Mixin ChangedSinceOption changedSince = new ChangedSinceOption();

  @Override
  protected int run() throws Exception {
    int jobs = this.jobs.value();
    ci.checkWritable();
    if (reportDir != null) {
      ReportOutput.checkWritable(reportDir.resolve("summary." + format.extension()), "the reports");
    }
    Course course = new CourseLoader().load(dir);
    List<Lesson> selected = select(course);
    if (selected.isEmpty()) {
      // CI reads the summary, the JUnit XML and the job summary on every run, also an empty one.
      if (changedSince.ref == null || !lessons.isEmpty()) {
        console().info("no lesson to check");
      }
      return report(course, new CheckResult(List.of(), Duration.ZERO), format != ReportFormat.text);
    }
    try (var engine = new EngineSession(env(), jobs)) {
      // Reaping overlaps hashing the course and finding its image.
      engine.startReaping();
      var runner = engine.runner(ociRuntime.value());
      BuiltImage built =
          image.tag != null
              ? engine.images().prepared(image.tag)
              : engine.images().ensure(course, new BuildProgress(console()));
      var check =
          new CourseCheck(
              runner,
              Judge.policy(),
              new ExpectedTests(new CourseCache(course.root())),
              jobs,
              engine.clock());
      engine.awaitReaping();
      CheckResult result =
          check.check(
              selected,
              lesson -> LessonSetup.of(course, lesson, built.image(), limits.override()),
              new CheckProgressLine(console()));
      return report(course, result, true);
    }
  }

  /** Prints the summary (when {@code print}), writes the reports and what CI reads. */
  private int report(Course course, CheckResult result, boolean print) throws IOException {
    String summary = summary(result);
    if (print) {
      console().out().print(summary);
      console().out().flush();
    }
    if (reportDir != null) {
      writeReports(course, result, summary);
    }
    ci.write(
        console(), env(), () -> CheckSummary.junit(result), () -> CheckSummary.markdown(result));
    return result.ok() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  /**
   * The lessons to check: every lesson of the course, or those changed since --changed-since,
   * narrowed to the ones named with --lesson.
   */
  List<Lesson> select(Course course) {
    List<Lesson> candidates = changedSince.lessons(course, console());
    if (lessons.isEmpty()) {
      return candidates;
    }
    Set<Lesson> chosen = new LinkedHashSet<>();
    for (String name : lessons) {
      chosen.add(
          course
              .lesson(name)
              .orElseThrow(
                  () ->
                      ToolException.invalidInput(
                          "no lesson '" + name + "' in the course at " + course.root())));
    }
    chosen.retainAll(candidates);
    return List.copyOf(chosen);
  }

  private String summary(CheckResult result) {
    return switch (format) {
      case text ->
          CheckSummary.text(
              result, console().color() ? console()::paint : CheckSummary.Painter.PLAIN);
      case json -> CheckSummary.json(result);
      case junit -> CheckSummary.junit(result);
      case markdown -> CheckSummary.markdown(result);
    };
  }

  private void writeReports(Course course, CheckResult result, String summary) throws IOException {
    var reports = new ReportOutput(course.root());
    var renderer = format.renderer(false);
    String ext = format.extension();
    for (LessonCheck lesson : result.lessons()) {
      if (lesson.setup().isEmpty()) {
        continue;
      }
      LessonSetup setup = lesson.setup().get();
      Path folder = reportDir.resolve(setup.lesson().moduleName()).resolve(setup.lesson().name());
      Optional<Set<String>> expected =
          lesson.reference().filter(RunSummary::passed).map(CheckCommand::names);
      for (var entry :
          List.of(
              new Object[] {"reference", lesson.reference(), Optional.<Set<String>>empty()},
              new Object[] {"starter", lesson.starter(), expected})) {
        @SuppressWarnings("unchecked")
        Optional<RunSummary> run = (Optional<RunSummary>) entry[1];
        @SuppressWarnings("unchecked")
        Optional<Set<String>> tests = (Optional<Set<String>>) entry[2];
        if (run.isPresent()) {
          var report =
              reports.report(
                  setup, run.get().verdict(), run.get().outcome(), tests, run.get().startedAt());
          ReportOutput.writeFile(folder.resolve(entry[0] + "." + ext), renderer.render(report));
        }
      }
    }
    ReportOutput.writeFile(reportDir.resolve("summary." + ext), summary);
    console().info("reports written to " + reportDir);
  }

  private static Set<String> names(RunSummary run) {
    return run.verdict().tests().stream()
        .map(TestResult::name)
        .collect(Collectors.toUnmodifiableSet());
  }
}
