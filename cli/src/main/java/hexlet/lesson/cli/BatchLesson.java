package hexlet.lesson.cli;

import hexlet.lesson.engine.batch.LessonGrading;
import hexlet.lesson.engine.grade.ErrorReason;
import hexlet.lesson.engine.grade.RunOutcome;
import hexlet.lesson.engine.grade.TestStatus;
import hexlet.lesson.engine.grade.Verdict;
import hexlet.lesson.engine.report.Report;
import hexlet.lesson.engine.run.Grader;
import hexlet.lesson.engine.run.LessonSetup;
import hexlet.lesson.engine.run.SandboxFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** One lesson as a batch grades it: every submission judged against one reference test set. */
final class BatchLesson implements LessonGrading {
  private final LessonSetup setup;
  private final Grader grader;
  private final Set<String> expected;
  private final ReportOutput reports;
  private final String key;

  BatchLesson(LessonSetup setup, Grader grader, Set<String> expected, ReportOutput reports) {
    this.setup = setup;
    this.grader = grader;
    this.expected = Set.copyOf(expected);
    this.reports = reports;
    this.key = key(setup, expected);
  }

  @Override
  public String lessonId() {
    return setup.lessonId();
  }

  @Override
  public String exerciseFilename() {
    return setup.exerciseFilename();
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public Report grade(List<SandboxFile> files) throws InterruptedException {
    return reports.report(grader.judged(setup, files, Optional.of(expected), false));
  }

  @Override
  public Report ungraded(String problem, Instant startedAt) {
    var verdict =
        new Verdict(TestStatus.ERROR, Optional.of(ErrorReason.SUBMISSION), problem, List.of());
    var outcome =
        new RunOutcome(
            -1, false, false, false, Optional.empty(), "", Duration.ZERO, OptionalLong.empty());
    return reports.report(setup, verdict, outcome, Optional.of(expected), startedAt);
  }

  /**
   * What a grade depends on besides the submission: this tool, the image, the test command, the
   * limits, the lesson's settings and files, and the expected test set.
   */
  static String key(LessonSetup setup, Set<String> expected) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    update(digest, VersionProvider.version());
    update(digest, setup.lessonId());
    update(digest, setup.image().id());
    update(digest, setup.testCommand());
    update(digest, setup.limits().toString());
    update(digest, setup.config().results().orElse(""));
    update(digest, new TreeMap<>(setup.config().points()).toString());
    for (SandboxFile file : setup.lessonFiles()) {
      update(digest, file.path());
      digest.update(file.content());
    }
    new TreeSet<>(expected).forEach(name -> update(digest, name));
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }
}
