package hexlet.lesson.engine.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import hexlet.lesson.engine.grade.ErrorReason;
import hexlet.lesson.engine.grade.TestResult;
import hexlet.lesson.engine.grade.TestStatus;
import hexlet.lesson.engine.report.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a batch says about the cohort: how many passed, failed and errored (and why), the mean
 * score, the tests that failed most often, and the submissions that could not be graded; as text
 * for people, JSON for tools and Markdown for a CI job summary.
 *
 * @param failingTests each test that failed for at least one learner, most failed first
 * @param testedLearners the learners whose tests ran to a pass or a fail (the denominator of a
 *     test's failures); an error run's tests are not the lesson's (a collection error)
 */
public record CohortSummary(
    BatchResult batch,
    Map<TestStatus, Long> statuses,
    Map<ErrorReason, Long> reasons,
    double meanScore,
    int maxScore,
    List<FailingTest> failingTests,
    long testedLearners,
    List<LearnerResult> notGraded) {

  /** The tests listed in {@link #text} and {@link #markdown}; JSON lists them all. */
  static final int SHOWN_TESTS = 10;

  /** A test and how many learners failed it. */
  public record FailingTest(String name, long failed) {}

  public static CohortSummary of(BatchResult batch) {
    Map<TestStatus, Long> statuses = new EnumMap<>(TestStatus.class);
    Map<ErrorReason, Long> reasons = new EnumMap<>(ErrorReason.class);
    Map<String, Long> failures = new TreeMap<>();
    long tested = 0;
    long scored = 0;
    long scoreSum = 0;
    int maxScore = 0;
    List<LearnerResult> notGraded = new ArrayList<>();
    for (LearnerResult learner : batch.learners()) {
      Report report = learner.report();
      maxScore = Math.max(maxScore, report.maxScore());
      if (learner.outcome() == LearnerResult.Outcome.NOT_GRADED) {
        notGraded.add(learner);
        continue;
      }
      statuses.merge(report.status(), 1L, Long::sum);
      report.reason().ifPresent(r -> reasons.merge(r, 1L, Long::sum));
      scored++;
      scoreSum += report.score();
      if (report.status() != TestStatus.ERROR && !report.tests().isEmpty()) {
        tested++;
        for (TestResult test : report.failedTests()) {
          failures.merge(test.name(), 1L, Long::sum);
        }
      }
    }
    List<FailingTest> failing =
        failures.entrySet().stream()
            .map(e -> new FailingTest(e.getKey(), e.getValue()))
            .sorted(Comparator.comparingLong(FailingTest::failed).reversed())
            .toList();
    return new CohortSummary(
        batch,
        statuses,
        reasons,
        scored == 0 ? 0 : (double) scoreSum / scored,
        maxScore,
        failing,
        tested,
        notGraded);
  }

  public String text() {
    StringBuilder out = new StringBuilder();
    out.append(headline()).append('\n');
    for (TestStatus status : TestStatus.values()) {
      out.append(
          String.format(
              Locale.ROOT, "  %-10s %4d", status.json(), statuses.getOrDefault(status, 0L)));
      if (status == TestStatus.ERROR && !reasons.isEmpty()) {
        out.append("  (").append(reasonList()).append(')');
      }
      out.append('\n');
    }
    if (!notGraded.isEmpty()) {
      out.append(String.format(Locale.ROOT, "  %-10s %4d%n", "not graded", notGraded.size()));
    }
    out.append(String.format(Locale.ROOT, "mean score %.2f of %d%n", meanScore, maxScore));
    if (!failingTests.isEmpty()) {
      out.append("\ntests failed most often (of ")
          .append(testedLearners)
          .append(testedLearners == 1 ? " learner" : " learners")
          .append(" whose tests ran):\n");
      for (FailingTest test : failingTests.subList(0, Math.min(SHOWN_TESTS, failingTests.size()))) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %4d  %3.0f%%  %s%n",
                test.failed(),
                percent(test),
                oneLine(test.name())));
      }
    }
    if (!notGraded.isEmpty()) {
      out.append("\nnot graded:\n");
      for (LearnerResult learner : notGraded) {
        out.append("  ")
            .append(oneLine(learner.learner()))
            .append(": ")
            .append(oneLine(learner.report().message()))
            .append('\n');
      }
    }
    return out.toString();
  }

  public String markdown() {
    StringBuilder out = new StringBuilder("### hexlet-lesson grade-batch\n\n");
    out.append(headline().replace("|", "\\|")).append("\n\n");
    out.append("| status | learners |\n| --- | ---: |\n");
    for (TestStatus status : TestStatus.values()) {
      String label = status.json();
      if (status == TestStatus.ERROR && !reasons.isEmpty()) {
        label += " (" + reasonList() + ")";
      }
      out.append("| ")
          .append(label)
          .append(" | ")
          .append(statuses.getOrDefault(status, 0L))
          .append(" |\n");
    }
    if (!notGraded.isEmpty()) {
      out.append("| not graded | ").append(notGraded.size()).append(" |\n");
    }
    out.append(String.format(Locale.ROOT, "%nMean score %.2f of %d.%n", meanScore, maxScore));
    if (!failingTests.isEmpty()) {
      out.append("\n| test | failed by | of learners |\n| --- | ---: | ---: |\n");
      for (FailingTest test : failingTests.subList(0, Math.min(SHOWN_TESTS, failingTests.size()))) {
        out.append("| `")
            .append(cell(test.name()).replace("`", "'"))
            .append("` | ")
            .append(test.failed())
            .append(" | ")
            .append(String.format(Locale.ROOT, "%.0f%%", percent(test)))
            .append(" |\n");
      }
    }
    if (!notGraded.isEmpty()) {
      out.append("\nNot graded:\n\n");
      for (LearnerResult learner : notGraded) {
        out.append("- **")
            .append(cell(learner.learner()))
            .append("**: ")
            .append(cell(learner.report().message()))
            .append('\n');
      }
    }
    return out.toString();
  }

  public String json() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("lesson", batch.lessonId());
    root.put("submissions", batch.learners().size());
    root.put("graded", batch.count(LearnerResult.Outcome.GRADED));
    root.put("up_to_date", batch.count(LearnerResult.Outcome.UP_TO_DATE));
    root.put("not_graded", notGraded.size());
    Map<String, Long> byStatus = new LinkedHashMap<>();
    for (TestStatus status : TestStatus.values()) {
      byStatus.put(status.json(), statuses.getOrDefault(status, 0L));
    }
    root.put("statuses", byStatus);
    Map<String, Long> byReason = new LinkedHashMap<>();
    reasons.forEach((reason, count) -> byReason.put(reason.json(), count));
    root.put("error_reasons", byReason);
    root.put("mean_score", Math.round(meanScore * 100) / 100.0);
    root.put("max_score", maxScore);
    root.put("tested_learners", testedLearners);
    List<Map<String, Object>> tests = new ArrayList<>();
    for (FailingTest test : failingTests) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("name", test.name());
      t.put("failed", test.failed());
      tests.add(t);
    }
    root.put("failing_tests", tests);
    List<Map<String, Object>> ungraded = new ArrayList<>();
    for (LearnerResult learner : notGraded) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("learner", learner.learner());
      l.put("message", learner.report().message());
      ungraded.add(l);
    }
    root.put("not_graded_learners", ungraded);
    root.put("duration_ms", batch.took().toMillis());
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String headline() {
    int total = batch.learners().size();
    return String.format(
        Locale.ROOT,
        "%s: %d %s, %d graded now, %d up to date, %d not graded, in %.1f s",
        batch.lessonId(),
        total,
        total == 1 ? "submission" : "submissions",
        batch.count(LearnerResult.Outcome.GRADED),
        batch.count(LearnerResult.Outcome.UP_TO_DATE),
        notGraded.size(),
        batch.took().toMillis() / 1000.0);
  }

  private String reasonList() {
    List<String> parts = new ArrayList<>();
    reasons.forEach((reason, count) -> parts.add(reason.json() + " " + count));
    return String.join(", ", parts);
  }

  private double percent(FailingTest test) {
    return testedLearners == 0 ? 0 : 100.0 * test.failed() / testedLearners;
  }

  /** Learner names and messages are untrusted: one line, no control characters. */
  private static String oneLine(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.strip().toCharArray()) {
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\x%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String cell(String text) {
    return oneLine(text).replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
  }
}
