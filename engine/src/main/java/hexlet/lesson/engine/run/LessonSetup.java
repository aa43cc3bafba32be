package hexlet.lesson.engine.run;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.course.Course;
import hexlet.lesson.course.Lesson;
import hexlet.lesson.engine.runtime.ImageInfo;
import hexlet.lesson.grading.GradingConfig;
import hexlet.lesson.grading.GradingConfigLoader;
import hexlet.lesson.grading.Limits;
import hexlet.lesson.grading.LimitsOverride;
import hexlet.lesson.starter.MarkerError;
import hexlet.lesson.starter.StarterExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to run one lesson's tests, resolved once: its grading settings and limits, the
 * test command, where the lesson sits in the image, and its files from the host without the
 * reference solution.
 */
public record LessonSetup(
    Lesson lesson,
    ImageInfo image,
    GradingConfig config,
    Limits limits,
    String testCommand,
    String lessonPath,
    List<SandboxFile> lessonFiles,
    LanguageSupport support,
    String exerciseFilename) {
  public LessonSetup {
    lessonFiles = List.copyOf(lessonFiles);
  }

  /**
   * Resolves a lesson of a course.
   *
   * @param flags limits given on the command line; they win over course and lesson settings
   */
  public static LessonSetup of(
      Course course, Lesson lesson, ImageInfo image, LimitsOverride flags) {
    String exercise = course.language().exerciseFilename();
    if (exercise == null || exercise.isBlank()) {
      throw ToolException.invalidInput(
          course.root().resolve("spec.yml") + ": language.exercise_filename is missing");
    }
    GradingConfig config = new GradingConfigLoader().load(course.root(), lesson.dir());
    config
        .results()
        .filter(results -> SafePath.problem(results) != null)
        .ifPresent(
            results -> {
              throw ToolException.invalidInput(
                  lesson.dir().resolve("lesson.yml")
                      + " or spec.yml: grading.results '"
                      + results
                      + "' must be a path inside the lesson folder: "
                      + SafePath.problem(results));
            });
    LanguageSupport support = LanguageSupport.of(course.language());
    String command = TestCommands.choose(config, lesson.dir(), course.language(), support);
    String relative = course.root().relativize(lesson.dir()).toString().replace('\\', '/');
    String workdir =
        image.workingDir().endsWith("/") ? image.workingDir() : image.workingDir() + "/";
    return new LessonSetup(
        lesson,
        image,
        config,
        config.limits().with(flags),
        command,
        workdir + relative,
        FolderFiles.lesson(lesson.dir(), exercise),
        support,
        exercise);
  }

  /** This lesson with the limits its course and lesson set, without those given for one grade. */
  public LessonSetup withLessonLimits() {
    return new LessonSetup(
        lesson,
        image,
        config,
        config.limits(),
        testCommand,
        lessonPath,
        lessonFiles,
        support,
        exerciseFilename);
  }

  public String lessonId() {
    return lesson.id();
  }

  public Path referencePath() {
    return lesson.dir().resolve(exerciseFilename);
  }

  /**
   * Refuses a submission that carries files the test run would read, such as a makefile or pytest's
   * {@code conftest.py}, before anything runs.
   */
  public void checkSubmission(List<SandboxFile> submission) {
    SubmissionRules.check(submission, support);
  }

  /** The reference solution as a submission. */
  public List<SandboxFile> reference() {
    return List.of(new SandboxFile(exerciseFilename, referenceBytes(), false));
  }

  /** The starter a learner gets (the reference without its BEGIN..END bodies) as a submission. */
  public List<SandboxFile> starter() {
    String reference = new String(referenceBytes(), StandardCharsets.UTF_8);
    var result = new StarterExtractor().extract(reference);
    if (!result.ok()) {
      MarkerError first = result.errors().get(0);
      throw ToolException.invalidInput(
          referencePath() + ":" + first.line() + ":" + first.column() + ": " + first.message());
    }
    return List.of(
        new SandboxFile(
            exerciseFilename, result.starter().getBytes(StandardCharsets.UTF_8), false));
  }

  /**
   * The run of a submission: the submission's files first, then the lesson's, so a submission can
   * add files but never replace the lesson's tests or Makefile.
   */
  public RunRequest request(List<SandboxFile> submission) {
    SubmissionRules.check(submission, support);
    Map<String, SandboxFile> files = new LinkedHashMap<>();
    submission.forEach(f -> files.put(f.path(), f));
    lessonFiles.forEach(f -> files.put(f.path(), f));
    return new RunRequest(
        image,
        lessonPath,
        List.copyOf(files.values()),
        testCommand,
        limits,
        config.results(),
        support,
        exerciseFilename);
  }

  private byte[] referenceBytes() {
    Path path = referencePath();
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw ToolException.invalidInput(path + ": the lesson's reference solution cannot be read");
    }
  }
}
