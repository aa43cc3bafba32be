package hexlet.lesson.cli;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.course.Lesson;
import hexlet.lesson.engine.bundle.BundleManifest;
import hexlet.lesson.engine.bundle.BundleReader;
import hexlet.lesson.engine.bundle.OpenedBundle;
import hexlet.lesson.engine.image.BuiltImage;
import hexlet.lesson.engine.image.CourseCache;
import hexlet.lesson.engine.run.CourseCommit;
import hexlet.lesson.engine.run.ExpectedTests;
import hexlet.lesson.engine.run.Grader;
import hexlet.lesson.engine.run.LessonSetup;
import hexlet.lesson.engine.runtime.ImageInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Where a lesson to grade comes from: a course on disk (its image built, or a prepared one given by
 * --image; its expected tests cached or made by one reference run) or a course bundle (checked and
 * extracted into a temporary folder; its image loaded into the engine when missing; its expected
 * tests from the manifest, since the reference solutions may not be there).
 */
final class LessonSource implements AutoCloseable {
  private final Course course;
  private final Lesson lesson;
  private final ImageInfo image;
  private final Optional<String> courseCommit;
  private final Optional<OpenedBundle> bundle;

  private LessonSource(
      Course course,
      Lesson lesson,
      ImageInfo image,
      Optional<String> courseCommit,
      Optional<OpenedBundle> bundle) {
    this.course = course;
    this.lesson = lesson;
    this.image = image;
    this.courseCommit = courseCommit;
    this.bundle = bundle;
  }

  /** A lesson of a course on disk, by folder or id; the image is built when it is not there. */
  static LessonSource course(
      EngineSession engine, Console console, String lesson, Optional<Path> course, String image) {
    var found = LessonLocator.find(lesson, course);
    BuiltImage built =
        image != null
            ? engine.images().prepared(image)
            : engine.images().ensure(found.course(), new BuildProgress(console));
    return new LessonSource(
        found.course(),
        found.lesson(),
        built.image(),
        CourseCommit.of(found.course().root()),
        Optional.empty());
  }

  /** Fails before anything starts when a bundle is named but is not there. */
  static void requireBundleFile(Path bundle) {
    if (bundle != null && !Files.isRegularFile(bundle)) {
      throw ToolException.invalidInput(bundle + ": no such bundle file");
    }
  }

  /** A lesson of a course bundle, by its id. */
  static LessonSource bundle(EngineSession engine, Console console, Path file, String lessonId) {
    var reader = new BundleReader(Path.of(System.getProperty("java.io.tmpdir")));
    OpenedBundle opened =
        reader.open(file, manifest -> engine.runtime().image(manifest.imageId()).isEmpty());
    try {
      BundleManifest manifest = opened.manifest();
      console.debug(
          "bundle "
              + file
              + ": course "
              + manifest.courseName()
              + manifest.courseCommit().map(c -> " at " + c).orElse("")
              + ", image "
              + manifest.imageTag());
      Course course = new CourseLoader().load(opened.courseRoot());
      Lesson lesson =
          course
              .lesson(lessonId)
              .filter(l -> l.id().equals(lessonId))
              .orElseThrow(
                  () ->
                      ToolException.invalidInput(
                          "no lesson '"
                              + lessonId
                              + "' in the bundle "
                              + file
                              + ": give a module/lesson id such as "
                              + course.lessons().stream()
                                  .findFirst()
                                  .map(Lesson::id)
                                  .orElse("10-basics/10-hello")));
      ImageInfo image = opened.image(engine.runtime(), console::info);
      return new LessonSource(course, lesson, image, manifest.courseCommit(), Optional.of(opened));
    } catch (RuntimeException e) {
      opened.close();
      throw e;
    }
  }

  Course course() {
    return course;
  }

  Lesson lesson() {
    return lesson;
  }

  ImageInfo image() {
    return image;
  }

  ReportOutput reports() {
    return new ReportOutput(courseCommit);
  }

  /**
   * The lesson's expected tests: from the bundle's manifest, or from the course's cache, or made by
   * running the reference solution once.
   */
  Set<String> expectedTests(LessonSetup setup, Grader grader, Console console)
      throws InterruptedException {
    if (bundle.isPresent()) {
      var tests = bundle.get().manifest().expectedTests().get(setup.lessonId());
      if (tests == null) {
        throw ToolException.invalidInput(
            "the bundle has no reference test set for lesson " + setup.lessonId());
      }
      return Set.copyOf(tests);
    }
    var expected = new ExpectedTests(new CourseCache(course.root()));
    Optional<Set<String>> cached = expected.load(setup);
    if (cached.isPresent()) {
      return cached.get();
    }
    console.info("running the reference solution of " + setup.lessonId() + " once...");
    return grader.referenceTests(setup);
  }

  @Override
  public void close() {
    bundle.ifPresent(OpenedBundle::close);
  }
}
