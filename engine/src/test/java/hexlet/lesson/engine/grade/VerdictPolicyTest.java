package hexlet.lesson.engine.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VerdictPolicyTest {
  private static final String LESSON = "10-basics/10-hello-world";
  private static final String PASSING =
      "<testsuites><testsuite name='pytest'>"
          + "<testcase classname='test_solution' name='test_a' time='0.010'/>"
          + "<testcase classname='test_solution' name='test_b' time='0.020'/>"
          + "</testsuite></testsuites>";
  private static final String ONE_FAILS =
      "<testsuites><testsuite name='pytest'>"
          + "<testcase classname='test_solution' name='test_a'/>"
          + "<testcase classname='test_solution' name='test_b'>"
          + "<failure message='assert 1 == 2'>E   assert 1 == 2</failure></testcase>"
          + "</testsuite></testsuites>";
  private static final Optional<Set<String>> EXPECTED =
      Optional.of(Set.of("test_solution.test_a", "test_solution.test_b"));
  private static final Optional<Set<String>> WHOLE_LESSON = Optional.of(Set.of(LESSON));

  private final VerdictPolicy policy = new VerdictPolicy();

  private static RunOutcome run(int exitCode, String xml) {
    return new RunOutcome(
        exitCode,
        false,
        false,
        false,
        Optional.ofNullable(xml),
        "the output",
        Duration.ofMillis(1234),
        OptionalLong.of(10L << 20));
  }

  private static RunOutcome limited(
      boolean timedOut, boolean oomKilled, boolean capped, String xml) {
    return new RunOutcome(
        137,
        timedOut,
        oomKilled,
        capped,
        Optional.ofNullable(xml),
        "",
        Duration.ofMillis(10_020),
        OptionalLong.empty());
  }

  private Verdict learner(RunOutcome outcome) {
    return policy.decide(outcome, EXPECTED, LESSON);
  }

  private Verdict reference(RunOutcome outcome) {
    return policy.decide(outcome, Optional.empty(), LESSON);
  }

  @Test
  void theReferenceRunsTestsBecomeTheExpectedSet() {
    Verdict verdict = reference(run(0, PASSING));

    assertThat(verdict.status()).isEqualTo(TestStatus.PASS);
    assertThat(verdict.reason()).isEmpty();
    assertThat(verdict.message()).isEmpty();
    assertThat(verdict.tests().stream().map(TestResult::name).collect(Collectors.toSet()))
        .isEqualTo(EXPECTED.get());
  }

  @Test
  void aLearnerPassesWhenEveryExpectedTestPassesAndTheRunExitsZero() {
    Verdict verdict = learner(run(0, PASSING));

    assertThat(verdict.status()).isEqualTo(TestStatus.PASS);
    assertThat(verdict.tests()).extracting(TestResult::durationMs).containsExactly(10L, 20L);
  }

  @Test
  void aFailedTestFailsTheRunAndIsNamed() {
    Verdict verdict = learner(run(1, ONE_FAILS));

    assertThat(verdict.status()).isEqualTo(TestStatus.FAIL);
    assertThat(verdict.reason()).isEmpty();
    assertThat(verdict.message()).isEqualTo("1 of 2 tests failed: test_solution.test_b.");
    assertThat(verdict.tests().get(1).message()).isEqualTo("E   assert 1 == 2");
  }

  @Test
  void aFailedTestFailsTheRunEvenIfItExitsZero() {
    assertThat(learner(run(0, ONE_FAILS)).status()).isEqualTo(TestStatus.FAIL);
  }

  @Test
  void aSkippedTestDoesNotPass() {
    String skipped =
        PASSING.replace("name='test_b' time='0.020'/>", "name='test_b'><skipped/></testcase>");

    Verdict verdict = learner(run(0, skipped));

    assertThat(verdict.status()).isEqualTo(TestStatus.FAIL);
    assertThat(verdict.message()).isEqualTo("1 of 2 tests failed: test_solution.test_b.");
  }

  @Test
  void manyFailuresAreListedUpToFive() {
    StringBuilder xml = new StringBuilder("<testsuite name='pytest'>");
    IntStream.range(0, 8)
        .forEach(
            i ->
                xml.append("<testcase classname='m' name='t")
                    .append(i)
                    .append("'><failure/></testcase>"));
    xml.append("</testsuite>");

    Verdict verdict = reference(run(1, xml.toString()));

    assertThat(verdict.message())
        .isEqualTo("8 of 8 tests failed: m.t0, m.t1, m.t2, m.t3, m.t4 and 3 more.");
  }

  @Test
  void aRunThatChangedTheTestFrameworkIsTamperedEvenWhenEveryTestPassed() {
    String interfered =
        PASSING.replace(
            "<testcase classname='test_solution' name='test_a'",
            "<testcase classname='' name='hexlet-lesson'><error type='hexlet-lesson:tampered'"
                + " message='a pytest plugin was registered: evil'>a pytest plugin was"
                + " registered: evil</error></testcase>"
                + "<testcase classname='test_solution' name='test_a'");

    Verdict learner = learner(run(0, interfered));
    Verdict reference = policy.decide(run(0, interfered), Optional.empty(), LESSON);

    assertThat(learner.status()).isEqualTo(TestStatus.ERROR);
    assertThat(learner.reason()).contains(ErrorReason.TAMPERED);
    assertThat(learner.message())
        .isEqualTo(
            "The code under test interfered with the tests while they ran: a pytest plugin was"
                + " registered: evil.");
    assertThat(learner.tests()).isEmpty();
    assertThat(reference.reason()).contains(ErrorReason.RUNNER);
  }

  @Test
  void timeoutComesBeforeEveryOtherReason() {
    Verdict verdict = learner(limited(true, true, true, PASSING));

    assertThat(verdict.status()).isEqualTo(TestStatus.ERROR);
    assertThat(verdict.reason()).contains(ErrorReason.TIMEOUT);
    assertThat(verdict.message())
        .isEqualTo(
            "The tests did not finish in time: the run was stopped after 10.0 s."
                + " Look for an endless loop or a very slow step.");
  }

  @Test
  void memoryComesBeforeTheOutputLimit() {
    Verdict verdict = learner(limited(false, true, true, null));

    assertThat(verdict.reason()).contains(ErrorReason.MEMORY);
    assertThat(verdict.message()).startsWith("The run used more memory than allowed");
    assertThat(verdict.tests()).isEmpty();
  }

  @Test
  void theOutputLimitIsAnError() {
    Verdict verdict = learner(limited(false, false, true, null));

    assertThat(verdict.reason()).contains(ErrorReason.OUTPUT_LIMIT);
    assertThat(verdict.message()).contains("output limit");
  }

  @Test
  void aLimitKeepsTheTestsItCouldReadButNotUnreadableOnes() {
    assertThat(learner(limited(true, false, false, PASSING)).tests()).hasSize(2);
    assertThat(learner(limited(true, false, false, "<testsuite>")).tests()).isEmpty();
  }

  @Test
  void theCompileMarkerPointsAtTheLearnersFile() {
    String xml =
        "<testsuites><testsuite name='JUnit'><testcase classname='hexlet' name='compile'>"
            + "<error type='hexlet-lesson:compile' message=\"App.java:3:5: ';' expected\">"
            + "App.java:3:5: error: ';' expected</error></testcase></testsuite></testsuites>";

    Verdict verdict = learner(run(1, xml));

    assertThat(verdict.status()).isEqualTo(TestStatus.ERROR);
    assertThat(verdict.reason()).contains(ErrorReason.COMPILE);
    assertThat(verdict.message())
        .isEqualTo("Your code could not be loaded: App.java:3:5: ';' expected");
    assertThat(verdict.tests()).extracting(TestResult::name).containsExactly("hexlet.compile");
  }

  @Test
  void theCompileMarkerWithoutMessageUsesItsTextsFirstLine() {
    String xml =
        "<testsuite><testcase name='compile'><error type='hexlet-lesson:compile'>\n"
            + "Main.java:7: error: cannot find symbol\n  detail</error></testcase></testsuite>";

    assertThat(learner(run(1, xml)).message())
        .isEqualTo("Your code could not be loaded: Main.java:7: error: cannot find symbol");
  }

  @Test
  void aPytestCollectionFailureIsACompileErrorAtTheLearnersLine() {
    Verdict verdict = learner(run(2, JUnitXmlParserTest.resource("pytest-syntax-error.xml")));

    assertThat(verdict.reason()).contains(ErrorReason.COMPILE);
    assertThat(verdict.message())
        .isEqualTo("Your code could not be loaded: solution.py:2: SyntaxError: invalid syntax");
  }

  @Test
  void anEmptyStarterIsACompileError() {
    Verdict verdict = learner(run(2, JUnitXmlParserTest.resource("pytest-import-error.xml")));

    assertThat(verdict.reason()).contains(ErrorReason.COMPILE);
    assertThat(verdict.message())
        .isEqualTo(
            "Your code could not be loaded: test_solution.py:2: ImportError:"
                + " cannot import name 'greet' from 'solution' (solution.py)");
  }

  @Test
  void aReferenceThatDoesNotLoadIsACompileErrorToo() {
    Verdict verdict = reference(run(2, JUnitXmlParserTest.resource("pytest-name-error.xml")));

    assertThat(verdict.reason()).contains(ErrorReason.COMPILE);
    assertThat(verdict.message()).contains("solution.py:2: NameError");
  }

  @Test
  void aCrashedRunnerIsARunnerError() {
    Verdict verdict = learner(run(3, JUnitXmlParserTest.resource("pytest-internal-error.xml")));

    assertThat(verdict.reason()).contains(ErrorReason.RUNNER);
    assertThat(verdict.message())
        .isEqualTo("The test runner crashed: solution.py:2: SystemExit: 0");
  }

  @Test
  void anotherTestSetIsTampering() {
    String other =
        "<testsuite name='pytest'><testcase classname='test_solution' name='test_a'/>"
            + "<testcase classname='test_solution' name='test_forged'/></testsuite>";

    Verdict verdict = learner(run(0, other));

    assertThat(verdict.reason()).contains(ErrorReason.TAMPERED);
    assertThat(verdict.message())
        .isEqualTo(
            "The test results list other tests than the lesson has:"
                + " missing test_solution.test_b; not in the lesson test_solution.test_forged.");
    assertThat(verdict.tests()).isEmpty();
  }

  @Test
  void fewerTestsIsTampering() {
    String fewer =
        "<testsuite name='pytest'><testcase classname='test_solution' name='test_a'/></testsuite>";

    assertThat(learner(run(0, fewer)).reason()).contains(ErrorReason.TAMPERED);
    assertThat(learner(run(0, "<testsuites/>")).reason()).contains(ErrorReason.TAMPERED);
  }

  @Test
  void exitingZeroWithoutResultsIsTampering() {
    Verdict verdict = learner(run(0, null));

    assertThat(verdict.reason()).contains(ErrorReason.TAMPERED);
    assertThat(verdict.message()).contains("reported no test results");
  }

  @Test
  void exitingNonZeroWithoutResultsIsNoResults() {
    Verdict verdict = learner(run(1, null));

    assertThat(verdict.reason()).contains(ErrorReason.NO_RESULTS);
    assertThat(verdict.message())
        .isEqualTo(
            "The tests stopped before reporting any result (exit code 1)."
                + " Does your code end the program, for example with exit()?"
                + "\n\nLast lines of output:\nthe output");
  }

  @Test
  void noResultsShowTheLastLinesOfALongOutput() {
    String output =
        IntStream.rangeClosed(1, 30).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
    RunOutcome outcome =
        new RunOutcome(
            3,
            false,
            false,
            false,
            Optional.empty(),
            output,
            Duration.ofMillis(5),
            OptionalLong.empty());

    String message = learner(outcome).message();

    assertThat(message)
        .endsWith(
            "line 21\nline 22\nline 23\nline 24\nline 25\nline 26\nline 27"
                + "\nline 28\nline 29\nline 30")
        .doesNotContain("line 20\n");
  }

  @Test
  void unreadableResultsAreTamperingInALearnersRunAndARunnerErrorInTheReference() {
    Verdict learner = learner(run(0, "<testsuite><testcase name='a'>"));
    Verdict reference = reference(run(0, "<testsuite><testcase name='a'>"));

    assertThat(learner.reason()).contains(ErrorReason.TAMPERED);
    assertThat(learner.message())
        .startsWith("The test results cannot be trusted: the results are not well-formed XML");
    assertThat(reference.reason()).contains(ErrorReason.RUNNER);
  }

  @Test
  void aTestNamedTwiceIsTampering() {
    String twice =
        "<testsuite name='pytest'><testcase classname='test_solution' name='test_a'/>"
            + "<testcase classname='test_solution' name='test_a'/>"
            + "<testcase classname='test_solution' name='test_b'/></testsuite>";

    Verdict verdict = learner(run(0, twice));

    assertThat(verdict.reason()).contains(ErrorReason.TAMPERED);
    assertThat(verdict.message())
        .isEqualTo(
            "The test results cannot be trusted: the results list the test"
                + " \"test_solution.test_a\" twice.");
  }

  @Test
  void passingTestsWithANonZeroExitAreARunnerError() {
    Verdict verdict = learner(run(3, PASSING));

    assertThat(verdict.reason()).contains(ErrorReason.RUNNER);
    assertThat(verdict.message())
        .isEqualTo(
            "Every test passed, but the test command then exited with code 3."
                + " Does your code end the program, for example with exit()?");
    assertThat(verdict.tests()).hasSize(2);
  }

  @Test
  void aReferenceWithAnEmptyReportHasNoResults() {
    Verdict verdict =
        reference(run(5, "<testsuites><testsuite name='pytest' tests='0'/></testsuites>"));

    assertThat(verdict.reason()).contains(ErrorReason.NO_RESULTS);
    assertThat(verdict.message()).isEqualTo("The test results list no test (exit code 5).");
  }

  @Test
  void aReferenceWithoutResultsIsJudgedAsAWholeLesson() {
    Verdict passed = reference(run(0, null));
    Verdict failed = reference(run(2, null));

    assertThat(passed.status()).isEqualTo(TestStatus.PASS);
    assertThat(passed.tests())
        .containsExactly(new TestResult(LESSON, TestStatus.PASS, "", "the output", 1234));
    assertThat(failed.status()).isEqualTo(TestStatus.FAIL);
    assertThat(failed.message()).isEqualTo("The lesson's tests failed (exit code 2).");
    assertThat(failed.tests())
        .containsExactly(
            new TestResult(
                LESSON,
                TestStatus.FAIL,
                "The lesson's tests failed (exit code 2).",
                "the output",
                1234));
  }

  @Test
  void aReferenceWhoseCommandCannotStartIsARunnerErrorSayingWhatTheShellSaid() {
    Verdict verdict =
        reference(
            new RunOutcome(
                127,
                false,
                false,
                false,
                Optional.empty(),
                "\nsh: 1: make: not found\n\n",
                Duration.ofMillis(5),
                OptionalLong.empty()));

    assertThat(verdict.reason()).contains(ErrorReason.RUNNER);
    assertThat(verdict.message())
        .isEqualTo(
            "The test command could not be started (exit code 127: command not found):"
                + " sh: 1: make: not found.");
  }

  @Test
  void aReferenceWhoseCommandCannotStartAndSaysNothingIsStillOneSentence() {
    Verdict verdict =
        reference(
            new RunOutcome(
                126,
                false,
                false,
                false,
                Optional.empty(),
                "",
                Duration.ofMillis(5),
                OptionalLong.empty()));

    assertThat(verdict.message())
        .isEqualTo("The test command could not be started (exit code 126: not executable).");
  }

  @Test
  void aWholeLessonLearnerRunIsJudgedByItsExitCode() {
    assertThat(policy.decide(run(0, null), WHOLE_LESSON, LESSON).status())
        .isEqualTo(TestStatus.PASS);
    assertThat(policy.decide(run(2, null), WHOLE_LESSON, LESSON).status())
        .isEqualTo(TestStatus.FAIL);
    assertThat(policy.decide(run(127, null), WHOLE_LESSON, LESSON).status())
        .isEqualTo(TestStatus.FAIL);
  }

  @Test
  void resultsInAWholeLessonLearnerRunAreTampering() {
    Verdict verdict = policy.decide(run(0, PASSING), WHOLE_LESSON, LESSON);

    assertThat(verdict.reason()).contains(ErrorReason.TAMPERED);
    assertThat(verdict.message())
        .isEqualTo("The run wrote test results, but the lesson's tests write none.");
  }

  private static String runner(String properties, String cases) {
    return "<testsuites><testsuite name='junit-runner'><properties>"
        + properties
        + "</properties>"
        + cases
        + "</testsuite></testsuites>";
  }

  private static final String KEY =
      "00112233445566778899aabbccddeeff0123456789abcdef0123456789abcdef";
  private static final String EMPTY_SIGNATURE =
      "<property name=\"hexlet-lesson:signature\" value=\"\"/>";
  private static final String JAVA_CASES =
      "<testcase classname='AppTest' name='adds()'/><testcase classname='AppTest' name='subs()'/>";
  private static final Optional<Set<String>> JAVA_EXPECTED =
      Optional.of(Set.of("AppTest.adds()", "AppTest.subs()"));

  private static String signed(String cases, String key) {
    return ResultsSignature.sign(runner(EMPTY_SIGNATURE, cases), HexFormat.of().parseHex(key));
  }

  private Verdict keyed(String xml, Optional<Set<String>> expected) {
    return policy.decide(run(0, xml), expected, LESSON, Optional.of(KEY));
  }

  @Test
  void resultsSignedWithTheRunsKeyAreJudged() {
    assertThat(keyed(signed(JAVA_CASES, KEY), JAVA_EXPECTED).status()).isEqualTo(TestStatus.PASS);
  }

  @Test
  void resultsNotSignedWithTheRunsKeyAreTampering() {
    String good = signed(JAVA_CASES, KEY);
    String signature = good.replaceAll("(?s).*value=\"([0-9a-f]{64})\".*", "$1");
    var missing = keyed(runner("", JAVA_CASES), JAVA_EXPECTED);
    var otherKey = keyed(signed(JAVA_CASES, KEY.replace('0', '1')), JAVA_EXPECTED);
    var edited =
        keyed(
            good.replace("name='subs()'/>", "name='subs()'><failure message='x'/></testcase>"),
            JAVA_EXPECTED);
    var twice =
        keyed(
            good.replace(
                "</properties>",
                "<property name='hexlet-lesson:signature' value='"
                    + signature
                    + "'/></properties>"),
            JAVA_EXPECTED);
    var unsignedValue = keyed(runner(EMPTY_SIGNATURE, JAVA_CASES), JAVA_EXPECTED);

    assertThat(List.of(missing, otherKey, edited, twice, unsignedValue))
        .allSatisfy(v -> assertThat(v.reason()).contains(ErrorReason.TAMPERED));
    assertThat(missing.message())
        .isEqualTo("The test results were not written by the grader's test runner.");
    assertThat(missing.tests()).isEmpty();
  }

  @Test
  void aReferenceNotSignedIsARunnerError() {
    Verdict verdict = keyed(runner("", JAVA_CASES), Optional.empty());

    assertThat(verdict.reason()).contains(ErrorReason.RUNNER);
    assertThat(verdict.message()).contains("hexlet-lesson runner");
  }

  @Test
  void withoutAKeyTheSignatureIsNotRequired() {
    assertThat(learner(run(0, PASSING)).status()).isEqualTo(TestStatus.PASS);
  }

  @Test
  void testsTheAuthorDisabledAreNotPartOfTheLesson() {
    String withDisabled =
        runner(
            "", JAVA_CASES + "<testcase classname='AppTest' name='later()'><skipped/></testcase>");

    Verdict reference = reference(run(0, withDisabled));
    Verdict learner = policy.decide(run(0, withDisabled), JAVA_EXPECTED, LESSON);

    assertThat(reference.status()).isEqualTo(TestStatus.PASS);
    assertThat(reference.tests())
        .extracting(TestResult::name)
        .containsExactly("AppTest.adds()", "AppTest.subs()");
    assertThat(learner.status()).isEqualTo(TestStatus.PASS);
    assertThat(learner.tests()).hasSize(2);
  }

  @Test
  void aLessonsTestSkippedByTheLearnerFails() {
    String skipped =
        runner(
            "",
            "<testcase classname='AppTest' name='adds()'/>"
                + "<testcase classname='AppTest' name='subs()'><skipped message='aborted'/></testcase>");

    Verdict verdict = policy.decide(run(0, skipped), JAVA_EXPECTED, LESSON);

    assertThat(verdict.status()).isEqualTo(TestStatus.FAIL);
    assertThat(verdict.message()).isEqualTo("1 of 2 tests failed: AppTest.subs().");
  }

  @Test
  void aReferenceWhoseTestsAreAllDisabledHasNoResults() {
    String allSkipped =
        runner("", "<testcase classname='AppTest' name='adds()'><skipped/></testcase>");

    assertThat(reference(run(0, allSkipped)).reason()).contains(ErrorReason.NO_RESULTS);
  }

  @Test
  void aRunThatEndedEarlyIsARunnerError() {
    String ended =
        runner(
            "",
            "<testcase classname='AppTest' name='adds()'><error type='hexlet-lesson:ended-early'"
                + " message='the tests did not finish: the JVM was asked to exit (System.exit or a"
                + " signal) during AppTest.adds()'>same</error></testcase>"
                + "<testcase classname='AppTest' name='subs()'><skipped/></testcase>");

    Verdict verdict = policy.decide(run(5, ended), JAVA_EXPECTED, LESSON);

    assertThat(verdict.reason()).contains(ErrorReason.RUNNER);
    assertThat(verdict.message())
        .isEqualTo(
            "The tests did not finish: the JVM was asked to exit (System.exit or a signal)"
                + " during AppTest.adds().");
  }

  @Test
  void aRunLevelEndedEarlyEntryIsNotTampering() {
    String ended =
        runner(
            "",
            "<testcase classname='hexlet-lesson' name='ended-early'><error"
                + " type='hexlet-lesson:ended-early' message='the tests did not finish'/></testcase>"
                + "<testcase classname='AppTest' name='adds()'><skipped/></testcase>"
                + "<testcase classname='AppTest' name='subs()'><skipped/></testcase>");

    assertThat(policy.decide(run(5, ended), JAVA_EXPECTED, LESSON).reason())
        .contains(ErrorReason.RUNNER);
  }

  @Test
  void aRunnerThatCouldNotRunTheLessonIsARunnerError() {
    String broken =
        runner(
            "",
            "<testcase classname='hexlet-lesson' name='runner'><error type='hexlet-lesson:runner'"
                + " message='no compiler found'>no compiler found</error></testcase>");

    Verdict verdict = reference(run(70, broken));

    assertThat(verdict.reason()).contains(ErrorReason.RUNNER);
    assertThat(verdict.message())
        .isEqualTo("The test runner could not run the lesson: no compiler found");
  }
}
