package hexlet.lesson.engine.run;

import hexlet.lesson.engine.runtime.ImageInfo;
import hexlet.lesson.grading.Limits;
import java.util.List;
import java.util.Optional;

/**
 * One run to make: which image, where the lesson sits in it, what goes in, what runs.
 *
 * @param lessonPath the lesson folder inside the image, absolute, such as {@code
 *     /exercises-python/modules/10-basics/10-hello-world}
 * @param files the lesson's files and the submission, relative to the lesson folder
 * @param testCommand the shell command run in the lesson folder
 * @param resultsFile where the command writes JUnit XML, relative to the lesson folder; empty for
 *     the tool's own channel, {@code $HEXLET_RESULTS}
 * @param exerciseFilename the name of the learner's file, so load errors can point at it
 */
public record RunRequest(
    ImageInfo image,
    String lessonPath,
    List<SandboxFile> files,
    String testCommand,
    Limits limits,
    Optional<String> resultsFile,
    LanguageSupport support,
    String exerciseFilename) {
  public RunRequest {
    files = List.copyOf(files);
    if (!lessonPath.startsWith("/")) {
      throw new IllegalArgumentException("the lesson path must be absolute: " + lessonPath);
    }
    SafePath.check(lessonPath.substring(1));
    resultsFile.ifPresent(SafePath::check);
  }
}
