package hexlet.lesson.engine.run;

import hexlet.lesson.core.ToolException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a learner's submission may not carry: files that would take part in running the tests
 * instead of being tested. The lesson's own files always win over a submission's, but a submission
 * could still add a file that the lesson lacks and the test command reads, such as a makefile that
 * make prefers ({@code GNUmakefile} comes before {@code Makefile}), a pytest configuration or a
 * module that shadows the test runner. Its code would run before the project's runner starts and
 * could take the run's secret, so the whole submission is refused before anything runs.
 */
public final class SubmissionRules {
  private static final Set<String> MAKEFILES = Set.of("GNUmakefile", "makefile", "Makefile");

  private SubmissionRules() {}

  /**
   * Throws an invalid-input error naming every refused file of {@code submission}.
   *
   * @param support the language's runner, which names the files it reads
   */
  public static void check(List<SandboxFile> submission, LanguageSupport support) {
    List<String> problems = new ArrayList<>();
    for (SandboxFile file : submission) {
      refusal(file.path(), support).ifPresent(why -> problems.add(file.path() + " " + why));
    }
    if (!problems.isEmpty()) {
      throw ToolException.invalidInput(
          "the submission is refused, it holds files that would run the tests instead of being"
              + " tested: "
              + String.join("; ", problems)
              + ". A submission holds the learner's code only.");
    }
  }

  static Optional<String> refusal(String path, LanguageSupport support) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (MAKEFILES.contains(name)) {
      return Optional.of("is a makefile, which make reads to run the tests");
    }
    return support.refusal(path);
  }
}
