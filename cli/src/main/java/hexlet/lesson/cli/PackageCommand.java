package hexlet.lesson.cli;

import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.course.Lesson;
import hexlet.lesson.engine.bundle.BundleWriter;
import hexlet.lesson.engine.image.BuiltImage;
import hexlet.lesson.engine.image.CourseCache;
import hexlet.lesson.engine.run.ExpectedTests;
import hexlet.lesson.engine.run.Grader;
import hexlet.lesson.engine.run.Judge;
import hexlet.lesson.engine.run.LessonSetup;
import hexlet.lesson.engine.runtime.RunPool;
import hexlet.lesson.git.CourseRevision;
import hexlet.lesson.grading.LimitsOverride;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "package",
    mixinStandardHelpOptions = true,
    description = {
      "Package a course and its image into one file, for a site without the repository or a"
          + " registry.",
      "The file holds the course (reference solutions left out unless --with-solutions), its"
          + " built image as"
          + " `docker save` writes it, and a manifest with the SHA-256 of every entry, the course"
          + " commit, the image id, the tool version and each lesson's test set from its reference"
          + " run.",
      "Grade from it with `grade --bundle` or `grade-batch --bundle`. The file is a tar,"
          + " gzipped when BUNDLE ends in .gz or .tgz.",
      "Exit 0 when written, 3 when a lesson's reference does not pass or the course is"
          + " invalid, 4 when Docker is unreachable."
    })
final class PackageCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "DIR", description = "The course folder.")
  Path dir;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "BUNDLE",
      description = "The bundle file to write, such as course.tar.gz.")
  Path output;

  @Option(
      names = "--with-solutions",
      description = "Put the reference solutions in the bundle too (left out by default).")
  boolean withSolutions;

  @Option(
      names = "--image",
      paramLabel = "TAG",
      description = "Bundle this prepared image instead of building the course's.")
  String image;

  @Mixin JobsOption jobs = new JobsOption();

  @Override
  protected int run() throws Exception {
    int jobs = this.jobs.value();
    Course course = new CourseLoader().load(dir);
    try (var engine = new EngineSession(env(), jobs)) {
      // Reaping overlaps hashing the course and finding its image.
      engine.startReaping();
      BuiltImage built =
          image != null
              ? engine.images().prepared(image)
              : engine.images().ensure(course, new BuildProgress(console()));
      engine.awaitReaping();
      Map<String, List<String>> expected = expectedTests(engine, course, built);
      var revision = new CourseRevision().of(course.root());
      revision
          .filter(CourseRevision.Revision::dirty)
          .ifPresent(
              r ->
                  console()
                      .info(
                          "warning: the course has uncommitted changes; the bundle records commit "
                              + r.commit().substring(0, 10)
                              + " and holds the files as they are now"));
      var source =
          new BundleWriter.Source(
              course,
              built.tag(),
              built.image().id(),
              revision.map(CourseRevision.Revision::commit),
              revision.map(CourseRevision.Revision::dirty).orElse(false),
              withSolutions,
              expected);
      var written =
          new BundleWriter(engine.runtime(), engine.clock(), VersionProvider.version())
              .write(source, output, console()::info);
      var manifest = written.manifest();
      var out = console().out();
      out.printf(
          Locale.ROOT,
          "bundle  %s (%.1f MiB, sha256 %s)%n",
          written.bundle(),
          written.size() / (1024.0 * 1024.0),
          written.sha256());
      out.printf(
          Locale.ROOT,
          "course  %s%s, %d lessons, reference solutions %s%n",
          manifest.courseName(),
          manifest.courseCommit().map(c -> " at " + c.substring(0, 10)).orElse(" (not in git)")
              + (manifest.courseDirty() ? " with uncommitted changes" : ""),
          expected.size(),
          withSolutions ? "included" : "left out");
      out.printf(Locale.ROOT, "image   %s (%s)%n", manifest.imageTag(), manifest.imageId());
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** Each lesson's test set, from the course's cache or one reference run per lesson. */
  private Map<String, List<String>> expectedTests(
      EngineSession engine, Course course, BuiltImage built) throws InterruptedException {
    var cache = new ExpectedTests(new CourseCache(course.root()));
    var grader = new Grader(engine.runner(), Judge.policy(), cache, engine.clock());
    try (RunPool pool = new RunPool("hexlet-lesson-package", jobs.value())) {
      Map<String, Future<Set<String>>> runs = new LinkedHashMap<>();
      for (Lesson lesson : course.lessons()) {
        LessonSetup setup = LessonSetup.of(course, lesson, built.image(), LimitsOverride.NONE);
        runs.put(
            lesson.id(),
            pool.submit(
                () -> {
                  var cached = cache.load(setup);
                  return cached.isPresent() ? cached.get() : grader.referenceTests(setup);
                }));
      }
      console().info("checking the reference solutions of " + runs.size() + " lessons...");
      Map<String, List<String>> expected = new LinkedHashMap<>();
      for (var run : runs.entrySet()) {
        try {
          expected.put(run.getKey(), new ArrayList<>(run.getValue().get()));
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException runtime) {
            throw runtime;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
      return expected;
    }
  }
}
