package hexlet.lesson.engine.report;

import hexlet.lesson.engine.grade.JUnitXmlParser;
import hexlet.lesson.engine.grade.RunOutcome;
import hexlet.lesson.engine.grade.TestResult;
import hexlet.lesson.engine.grade.Verdict;
import hexlet.lesson.engine.grade.VerdictPolicy;
import hexlet.lesson.grading.GradingConfig;
import hexlet.lesson.grading.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/** Reports of typical runs, made the way the engine makes them: results, policy, report. */
final class SampleReports {
  static final String LESSON = "10-basics/10-hello-world";
  static final Provenance PROVENANCE =
      new Provenance(
          Optional.of("3f2a9c1e5b7d4a6f8e0c2b4d6f8a0c2e4b6d8f0a"),
          "sha256:9d1c0b5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c",
          "0.1.0",
          Instant.parse("2025-01-01T10:00:00Z"));
  static final GradingConfig CONFIG =
      new GradingConfig(
          Optional.empty(),
          Optional.empty(),
          Limits.DEFAULTS,
          Map.of("test_solution.test_returns_greeting", 2),
          List.of());
  static final String PASSING =
      "<testsuites><testsuite name='pytest'>"
          + "<testcase classname='test_solution' name='test_returns_greeting' time='0.004'/>"
          + "<testcase classname='test_solution' name='test_ok' time='0.001'/>"
          + "<testcase classname='test_solution' name='test_uses_broken' time='0.002'/>"
          + "</testsuite></testsuites>";

  private static final VerdictPolicy POLICY = new VerdictPolicy();

  private SampleReports() {}

  /** Every sample, by the name its golden files carry. */
  static Map<String, Report> all() {
    return Map.of(
        "pass", pass(),
        "fail", fail(),
        "error-timeout", timeout(),
        "error-compile", compile(),
        "whole-lesson", wholeLesson());
  }

  static Report pass() {
    return learner(run(0, PASSING, "", 812, OptionalLong.of(23_456_789)));
  }

  static Report fail() {
    return learner(
        run(1, junit("pytest-captured-output.xml"), "", 1_234, OptionalLong.of(31_457_280)));
  }

  static Report timeout() {
    var outcome =
        new RunOutcome(
            137,
            true,
            false,
            false,
            Optional.empty(),
            "",
            Duration.ofMillis(10_004),
            OptionalLong.of(12_582_912));
    return learner(outcome);
  }

  static Report compile() {
    return learner(run(2, junit("pytest-syntax-error.xml"), "", 420, OptionalLong.empty()));
  }

  static Report wholeLesson() {
    String output =
        "python3 -m pytest test_solution.py\n"
            + "\u001b[31mFAILED\u001b[0m test_solution.py::test_returns_greeting\n"
            + "make: *** [Makefile:2: test] Error 1";
    RunOutcome outcome = run(2, null, output, 950, OptionalLong.of(20_971_520));
    Verdict verdict = POLICY.decide(outcome, Optional.of(Set.of(LESSON)), LESSON);
    return Report.of(
        LESSON, verdict, outcome, GradingConfig.DEFAULTS, Optional.of(Set.of(LESSON)), PROVENANCE);
  }

  private static Report learner(RunOutcome outcome) {
    Optional<Set<String>> expected = Optional.of(expected());
    Verdict verdict = POLICY.decide(outcome, expected, LESSON);
    return Report.of(LESSON, verdict, outcome, CONFIG, expected, PROVENANCE);
  }

  private static Set<String> expected() {
    try {
      return new JUnitXmlParser()
          .parse(PASSING).stream().map(TestResult::name).collect(Collectors.toSet());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static RunOutcome run(
      int exitCode, String xml, String output, long millis, OptionalLong peak) {
    return new RunOutcome(
        exitCode,
        false,
        false,
        false,
        Optional.ofNullable(xml),
        output,
        Duration.ofMillis(millis),
        peak);
  }

  static String junit(String name) {
    try (InputStream in = SampleReports.class.getResourceAsStream("/junit/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
