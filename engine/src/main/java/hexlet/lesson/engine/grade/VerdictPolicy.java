package hexlet.lesson.engine.grade;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Judges one run: {@code pass}, {@code fail}, or {@code error} with a reason.
 *
 * <p>The reference run is judged without an expected test set; the names of the tests in its
 * verdict become the expected set of every learner run of the lesson. When the reference run writes
 * no JUnit XML, the lesson is judged as a whole by its test command's exit code (Hexlet courses
 * whose Makefile {@code test} target writes no results): its verdict holds one test named after the
 * lesson, and a learner run whose expected set is exactly that one name is judged the same way.
 *
 * <p>Rules, first match wins:
 *
 * <ol>
 *   <li>{@code error: timeout} when the grader stopped the run at the time limit;
 *   <li>{@code error: memory} when the run was killed for memory;
 *   <li>{@code error: output-limit} when the run printed more than the output limit;
 *   <li>results that cannot be read (not well-formed, a DOCTYPE, too large, a test named twice) or
 *       that lack the signature under the run's key when one was given: {@code error: tampered} for
 *       a learner's run, {@code error: runner} for the reference run;
 *   <li>{@code error: tampered} when a test case carries the {@link
 *       ResultsConvention#TAMPERED_TYPE} error: the code under test changed the test framework
 *       while the tests ran ({@code error: runner} in the reference run, whose tests did it);
 *   <li>{@code error: compile} when the code could not be loaded: a test case carrying the {@link
 *       ResultsConvention#COMPILE_ERROR_TYPE} error, or pytest's {@code collection failure}; the
 *       message names the learner's file and line, such as {@code solution.py:2};
 *   <li>{@code error: runner} when the test runner could not run the lesson ({@link
 *       ResultsConvention#RUNNER_ERROR_TYPE}), the run ended before the tests finished ({@link
 *       ResultsConvention#ENDED_EARLY_TYPE}: the code called {@code System.exit}), the runner
 *       crashed (pytest's {@code internal error}) or, in the reference run, the test command could
 *       not start (exit 126 or 127);
 *   <li>{@code error: tampered} when a learner's run reports another test set than the reference,
 *       exits 0 without results while the reference had results, or writes results where the
 *       reference wrote none;
 *   <li>{@code error: no-results} when the run exited non-zero without results where results were
 *       expected, or when the reference run's results list no test;
 *   <li>whole-lesson mode: {@code pass} on exit 0, else {@code fail};
 *   <li>{@code fail} when a test failed, errored or was skipped (tests skipped in the reference run
 *       are not part of the lesson and are left out of both runs);
 *   <li>{@code error: runner} when every test passed but the command exited non-zero;
 *   <li>{@code pass}.
 * </ol>
 *
 * Limits come first because a run that hit one was cut short: whatever it reported is incomplete.
 * Errors keep no tests that could be forged: a tampered or result-less verdict lists none.
 */
public final class VerdictPolicy {
  private static final int OUTPUT_TAIL_LINES = 10;
  private static final int OUTPUT_TAIL_CHARS = 2000;

  static final String COLLECTION_FAILURE = "collection failure";
  static final String PYTEST_INTERNAL_ERROR = "internal error";
  private static final int NAMES_IN_MESSAGE = 5;

  private final JUnitXmlParser parser;

  public VerdictPolicy() {
    this(new JUnitXmlParser());
  }

  public VerdictPolicy(JUnitXmlParser parser) {
    this.parser = parser;
  }

  /**
   * Judges {@code outcome} without checking where its results came from: for test commands that do
   * not use the project's runners.
   *
   * @param expectedTests the test names of the lesson's reference verdict; empty for the reference
   *     run itself
   * @param lessonId names the single test of a lesson judged as a whole
   */
  public Verdict decide(RunOutcome outcome, Optional<Set<String>> expectedTests, String lessonId) {
    return decide(outcome, expectedTests, lessonId, Optional.empty());
  }

  /**
   * Judges {@code outcome}.
   *
   * @param expectedTests the test names of the lesson's reference verdict; empty for the reference
   *     run itself
   * @param lessonId names the single test of a lesson judged as a whole
   * @param nonce the key handed to the project's runner for this run, in hex; when given, results
   *     must be signed with it ({@link ResultsSignature})
   */
  public Verdict decide(
      RunOutcome outcome,
      Optional<Set<String>> expectedTests,
      String lessonId,
      Optional<String> nonce) {
    boolean reference = expectedTests.isEmpty();
    if (outcome.timedOut()) {
      return error(
          ErrorReason.TIMEOUT,
          "The tests did not finish in time: the run was stopped after "
              + seconds(outcome.duration())
              + ". Look for an endless loop or a very slow step.",
          readableTests(outcome));
    }
    if (outcome.oomKilled()) {
      return error(
          ErrorReason.MEMORY,
          "The run used more memory than allowed and was stopped."
              + " Look for a list or string that grows without end.",
          readableTests(outcome));
    }
    if (outcome.outputCapped()) {
      return error(
          ErrorReason.OUTPUT_LIMIT,
          "The run printed more than the output limit allows and was stopped."
              + " Look for a print inside a loop.",
          readableTests(outcome));
    }
    if (outcome.resultsXml().isEmpty()) {
      return withoutResults(outcome, expectedTests, lessonId);
    }
    JUnitResults results;
    try {
      results = parser.read(outcome.resultsXml().get());
    } catch (InvalidResultsException e) {
      return error(
          reference ? ErrorReason.RUNNER : ErrorReason.TAMPERED,
          "The test results cannot be trusted: " + e.getMessage() + ".",
          List.of());
    }
    if (nonce.isPresent() && !signed(outcome.resultsXml().get(), results, nonce.get())) {
      return reference
          ? error(
              ErrorReason.RUNNER,
              "The test results are not signed with this run's key:"
                  + " the lesson's tests must run through the hexlet-lesson runner.",
              List.of())
          : error(
              ErrorReason.TAMPERED,
              "The test results were not written by the grader's test runner.",
              List.of());
    }
    List<JUnitTestCase> cases = graded(results.cases(), expectedTests);
    List<TestResult> tests = cases.stream().map(JUnitTestCase::result).toList();
    Optional<JUnitTestCase> interfered =
        cases.stream()
            .filter(c -> c.problemType().equals(ResultsConvention.TAMPERED_TYPE))
            .findFirst();
    if (interfered.isPresent()) {
      String what = interfered.get().problemMessage().strip();
      return reference
          ? error(
              ErrorReason.RUNNER,
              "The lesson's own tests changed the test framework while they ran: " + what + ".",
              List.of())
          : error(
              ErrorReason.TAMPERED,
              "The code under test interfered with the tests while they ran: " + what + ".",
              List.of());
    }
    Optional<Verdict> notLoaded = notLoaded(cases, tests);
    if (notLoaded.isPresent()) {
      return notLoaded.get();
    }
    if (!reference) {
      Optional<Verdict> tampered = otherTests(tests, expectedTests.get(), lessonId);
      if (tampered.isPresent()) {
        return tampered.get();
      }
    } else if (tests.isEmpty()) {
      return error(
          ErrorReason.NO_RESULTS,
          "The test results list no test (" + exited(outcome.exitCode()) + ").",
          List.of());
    }
    return judge(outcome, tests);
  }

  private Verdict withoutResults(
      RunOutcome outcome, Optional<Set<String>> expectedTests, String lessonId) {
    boolean wholeLesson =
        expectedTests.map(expected -> expected.equals(Set.of(lessonId))).orElse(true);
    if (!wholeLesson) {
      if (outcome.exitCode() == 0) {
        return error(
            ErrorReason.TAMPERED,
            "The test command succeeded but reported no test results,"
                + " while the lesson's tests report them.",
            List.of());
      }
      // With no test to carry it, the output goes into the message: the learner's own prints
      // and the last words of the test command are all there is to see why.
      return error(
          ErrorReason.NO_RESULTS,
          "The tests stopped before reporting any result ("
              + exited(outcome.exitCode())
              + "). Does your code end the program, for example with exit()?"
              + lastLines(outcome.output()),
          List.of());
    }
    if (expectedTests.isEmpty() && (outcome.exitCode() == 126 || outcome.exitCode() == 127)) {
      // The shell's own line says which command: the author's fix is in it (make not installed).
      String said = lastLine(outcome.output());
      return error(
          ErrorReason.RUNNER,
          "The test command could not be started ("
              + exited(outcome.exitCode())
              + (outcome.exitCode() == 127 ? ": command not found" : ": not executable")
              + ")"
              + (said.isEmpty() ? "" : ": " + said.replaceFirst("\\.$", ""))
              + ".",
          List.of());
    }
    boolean passed = outcome.exitCode() == 0;
    String message =
        passed ? "" : "The lesson's tests failed (" + exited(outcome.exitCode()) + ").";
    var test =
        new TestResult(
            lessonId,
            passed ? TestStatus.PASS : TestStatus.FAIL,
            message,
            outcome.output(),
            outcome.duration().toMillis());
    return new Verdict(
        passed ? TestStatus.PASS : TestStatus.FAIL, Optional.empty(), message, List.of(test));
  }

  private static boolean signed(String xml, JUnitResults results, String key) {
    List<String> values =
        results.properties().getOrDefault(ResultsConvention.SIGNATURE_PROPERTY, List.of());
    return values.size() == 1
        && ResultsSignature.verify(xml, values.get(0), HexFormat.of().parseHex(key));
  }

  /**
   * The cases that count: a test skipped in the reference run was disabled by the lesson's author
   * and is not part of the lesson; in a learner's run such a test is left out again, while a
   * lesson's test that was skipped stays, as failed.
   */
  private static List<JUnitTestCase> graded(
      List<JUnitTestCase> cases, Optional<Set<String>> expectedTests) {
    return cases.stream()
        .filter(
            c ->
                !c.skipped() || expectedTests.map(e -> e.contains(c.result().name())).orElse(false))
        .toList();
  }

  private static Optional<Verdict> notLoaded(List<JUnitTestCase> cases, List<TestResult> tests) {
    for (JUnitTestCase c : cases) {
      String detail =
          c.problemMessage().isBlank() ? firstLine(c.result().message()) : c.problemMessage();
      switch (c.problemType()) {
        case ResultsConvention.COMPILE_ERROR_TYPE -> {
          return Optional.of(
              error(
                  ErrorReason.COMPILE, "Your code could not be loaded: " + detail.strip(), tests));
        }
        case ResultsConvention.RUNNER_ERROR_TYPE -> {
          return Optional.of(
              error(
                  ErrorReason.RUNNER,
                  "The test runner could not run the lesson: " + detail.strip(),
                  tests));
        }
        case ResultsConvention.ENDED_EARLY_TYPE -> {
          return Optional.of(error(ErrorReason.RUNNER, sentence(detail), tests));
        }
        default -> {}
      }
    }
    for (JUnitTestCase c : cases) {
      if (c.problemMessage().equals(COLLECTION_FAILURE)) {
        return Optional.of(
            error(
                ErrorReason.COMPILE,
                "Your code could not be loaded: " + LoadError.summarize(c.result().message()),
                withoutLibraryFrames(tests)));
      }
      if (c.problemMessage().equals(PYTEST_INTERNAL_ERROR)) {
        return Optional.of(
            error(
                ErrorReason.RUNNER,
                "The test runner crashed: " + LoadError.summarize(c.result().message()),
                withoutLibraryFrames(tests)));
      }
    }
    return Optional.empty();
  }

  private static List<TestResult> withoutLibraryFrames(List<TestResult> tests) {
    return tests.stream()
        .map(
            t ->
                new TestResult(
                    t.name(),
                    t.status(),
                    LoadError.withoutLibraryFrames(t.message()),
                    t.output(),
                    t.durationMs()))
        .toList();
  }

  private static Optional<Verdict> otherTests(
      List<TestResult> tests, Set<String> expected, String lessonId) {
    if (expected.equals(Set.of(lessonId))) {
      return Optional.of(
          error(
              ErrorReason.TAMPERED,
              "The run wrote test results, but the lesson's tests write none.",
              List.of()));
    }
    Set<String> reported = new TreeSet<>();
    tests.forEach(t -> reported.add(t.name()));
    if (reported.equals(expected)) {
      return Optional.empty();
    }
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(reported);
    Set<String> unexpected = new TreeSet<>(reported);
    unexpected.removeAll(expected);
    List<String> parts = new ArrayList<>();
    if (!missing.isEmpty()) {
      parts.add("missing " + names(missing));
    }
    if (!unexpected.isEmpty()) {
      parts.add("not in the lesson " + names(unexpected));
    }
    return Optional.of(
        error(
            ErrorReason.TAMPERED,
            "The test results list other tests than the lesson has: "
                + String.join("; ", parts)
                + ".",
            List.of()));
  }

  private static Verdict judge(RunOutcome outcome, List<TestResult> tests) {
    List<String> failed =
        tests.stream().filter(t -> t.status() != TestStatus.PASS).map(TestResult::name).toList();
    if (!failed.isEmpty()) {
      String message =
          failed.size()
              + " of "
              + tests.size()
              + (tests.size() == 1 ? " test" : " tests")
              + " failed: "
              + names(failed)
              + ".";
      return new Verdict(TestStatus.FAIL, Optional.empty(), message, tests);
    }
    if (outcome.exitCode() != 0) {
      return error(
          ErrorReason.RUNNER,
          "Every test passed, but the test command then exited with code "
              + outcome.exitCode()
              + ". Does your code end the program, for example with exit()?",
          tests);
    }
    return new Verdict(TestStatus.PASS, Optional.empty(), "", tests);
  }

  private List<TestResult> readableTests(RunOutcome outcome) {
    if (outcome.resultsXml().isEmpty()) {
      return List.of();
    }
    try {
      return parser.parse(outcome.resultsXml().get());
    } catch (InvalidResultsException e) {
      return List.of();
    }
  }

  private static Verdict error(ErrorReason reason, String message, List<TestResult> tests) {
    return new Verdict(TestStatus.ERROR, Optional.of(reason), message, tests);
  }

  private static String names(Collection<String> names) {
    List<String> shown = names.stream().limit(NAMES_IN_MESSAGE).toList();
    String list = String.join(", ", shown);
    int rest = names.size() - shown.size();
    return rest > 0 ? list + " and " + rest + " more" : list;
  }

  private static String exited(int exitCode) {
    return "exit code " + exitCode;
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }

  private static String sentence(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return trimmed;
    }
    String capital = Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
    return capital.endsWith(".") ? capital : capital + ".";
  }

  private static String lastLines(String output) {
    List<String> lines = output.strip().lines().toList();
    if (lines.isEmpty()) {
      return "";
    }
    String tail =
        String.join(
            "\n", lines.subList(Math.max(0, lines.size() - OUTPUT_TAIL_LINES), lines.size()));
    if (tail.length() > OUTPUT_TAIL_CHARS) {
      tail = "..." + tail.substring(tail.length() - OUTPUT_TAIL_CHARS);
    }
    return "\n\nLast lines of output:\n" + tail;
  }

  private static String lastLine(String text) {
    List<String> lines = text.strip().lines().toList();
    String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
    return last.length() > 200 ? last.substring(0, 200) + "..." : last;
  }

  private static String firstLine(String text) {
    return text.strip().lines().findFirst().orElse("");
  }
}
