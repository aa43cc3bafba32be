package hexlet.lesson.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hexlet.lesson.engine.grade.JUnitXmlParser;
import hexlet.lesson.engine.grade.TestResult;
import hexlet.lesson.engine.grade.TestStatus;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class RenderersTest {
  private static final String NASTY = "a|b `x` <b>&amp; \u0007 \u001b[2J ]]> \"q\" *s* _u_\nline2";

  private static Report withTests(List<TestResult> tests) {
    Report sample = SampleReports.fail();
    return new Report(
        sample.version(),
        sample.lesson(),
        TestStatus.FAIL,
        Optional.empty(),
        "1 of 1 test failed: " + NASTY,
        0,
        1,
        sample.durationMs(),
        OptionalLong.empty(),
        sample.limits(),
        sample.provenance(),
        tests);
  }

  private static Report nasty() {
    return withTests(List.of(new TestResult(NASTY, TestStatus.FAIL, NASTY, NASTY, 3)));
  }

  @Test
  void jsonHasExercismFieldsAndOursInAFixedOrder() throws Exception {
    JsonNode json =
        new ObjectMapper().readTree(ReportFormat.json.renderer(false).render(SampleReports.pass()));

    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "version",
            "lesson",
            "status",
            "reason",
            "message",
            "score",
            "max_score",
            "duration_ms",
            "peak_memory_bytes",
            "limits",
            "provenance",
            "tests");
    assertThat(json.get("version").asInt()).isEqualTo(3);
    assertThat(json.get("reason").isNull()).isTrue();
    assertThat(json.get("message").isNull()).isTrue();
    List<String> testKeys = new ArrayList<>();
    json.get("tests").get(0).fieldNames().forEachRemaining(testKeys::add);
    assertThat(testKeys).containsExactly("name", "status", "message", "output", "duration_ms");
  }

  @Test
  void jsonKeepsTextExactly() throws Exception {
    JsonNode json = new ObjectMapper().readTree(ReportFormat.json.renderer(false).render(nasty()));

    assertThat(json.get("tests").get(0).get("output").asText()).isEqualTo(NASTY);
    assertThat(json.get("peak_memory_bytes").isNull()).isTrue();
  }

  @Test
  void junitXmlIsValidAndReadsBackWhateverTheTestsPrinted() throws Exception {
    String xml = ReportFormat.junit.renderer(false).render(nasty());

    List<TestResult> back = new JUnitXmlParser().parse(xml);

    String shown = NASTY.replace("\u0007", "\\x07").replace("\u001b", "\\x1B");
    assertThat(back).hasSize(1);
    assertThat(back.get(0).name()).isEqualTo("10-basics/10-hello-world." + shown);
    assertThat(back.get(0).status()).isEqualTo(TestStatus.FAIL);
    assertThat(back.get(0).message()).isEqualTo(shown);
    assertThat(back.get(0).output()).isEqualTo(shown);
    assertThat(back.get(0).durationMs()).isEqualTo(3);
  }

  @Test
  void junitXmlReportsAnErrorAsOneMoreTestCase() throws Exception {
    String xml = ReportFormat.junit.renderer(false).render(SampleReports.timeout());

    List<TestResult> back = new JUnitXmlParser().parse(xml);

    assertThat(back)
        .extracting(TestResult::name, TestResult::status)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(
                "10-basics/10-hello-world.(run)", TestStatus.ERROR));
    assertThat(xml).contains("<error type=\"timeout\"");
  }

  @Test
  void markdownEscapesTableCellsAndFencesCode() {
    String md = ReportFormat.markdown.renderer(false).render(nasty());

    assertThat(md)
        .contains(
            "| ❌ | a\\|b \\`x\\` &lt;b&gt;&amp;amp; \\\\x07 \\\\x1B\\[2J \\]\\]&gt; \"q\" \\*s\\* \\_u\\_<br>line2 | 3 ms |")
        .contains("```text\n" + "a|b `x`")
        .doesNotContain("\u001b");
  }

  @Test
  void markdownFenceOutgrowsBackticksInside() {
    String message = "```\nnot the end\n`````";
    String md =
        ReportFormat.markdown
            .renderer(false)
            .render(withTests(List.of(new TestResult("t", TestStatus.FAIL, message, "", 0))));

    assertThat(md).contains("``````text\n" + message + "\n``````\n");
  }

  @Test
  void plainTextHasNoEscapeSequencesAndShowsControlCharacters() {
    String text = ReportFormat.text.renderer(false).render(nasty());

    assertThat(text).doesNotContain("\u001b").contains("\\x1B[2J").contains("FAIL  a|b");
  }

  @Test
  void colourTextUsesSymbolsAndAnsiColours() {
    String text = ReportFormat.text.renderer(true).render(SampleReports.fail());

    assertThat(text).contains("\u001b[31m✗\u001b[0m test_solution.test_returns_greeting");
    assertThat(text).contains("\u001b[32m✓\u001b[0m test_solution.test_ok");
    assertThat(text.strip().lines().toList()).last().asString().startsWith("Score 1/4");
  }

  @Test
  void longMessagesKeepTheirHeadAndLongOutputItsTail() {
    StringBuilder many = new StringBuilder();
    for (int i = 1; i <= 100; i++) {
      many.append("line ").append(i).append("\n");
    }
    Report report =
        withTests(
            List.of(new TestResult("t", TestStatus.FAIL, many.toString(), many.toString(), 0)));

    String text = ReportFormat.text.renderer(false).render(report);

    assertThat(text)
        .contains("line 40\n        [... 60 more lines]")
        .contains("[... 70 earlier lines]\n        line 71")
        .doesNotContain("line 41\n")
        .doesNotContain("line 70\n");
  }

  @Test
  void gradebookQuotesAndDefusesFormulas() throws Exception {
    var entries =
        List.of(
            new GradebookEntry("=cmd|' /C calc'!A0", SampleReports.pass()),
            new GradebookEntry("Ann, \"the\" learner\nsecond line", nasty()));

    String csv = new GradebookCsv().render(entries);

    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    assertThat(rows.get(0).toMap().keySet())
        .containsExactlyInAnyOrderElementsOf(GradebookCsv.COLUMNS);
    assertThat(rows.get(0).get("learner")).isEqualTo("'=cmd|' /C calc'!A0");
    assertThat(rows.get(0).get("score")).isEqualTo("4");
    assertThat(rows.get(1).get("learner")).isEqualTo("Ann, \"the\" learner\nsecond line");
    assertThat(rows.get(1).get("failed_tests")).isEqualTo(NASTY);
    assertThat(rows.get(1).get("peak_memory_bytes")).isEmpty();
  }

  @Test
  void everyFormatHasARendererAndAnExtension() {
    for (ReportFormat format : ReportFormat.values()) {
      assertThat(format.renderer(false).render(SampleReports.pass())).isNotBlank();
      assertThat(format.extension()).matches("[a-z]+");
    }
  }
}
