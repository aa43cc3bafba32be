package hexlet.lesson.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportJsonTest {
  @Test
  void everySampleReadsBackAsTheReportItWasWrittenFrom() {
    var json = ReportFormat.json.renderer(false);

    SampleReports.all()
        .forEach(
            (name, report) ->
                assertThat(ReportJson.parse(json.render(report))).as(name).isEqualTo(report));
  }

  @Test
  void textThatIsNotAReportIsRefused() {
    assertThatThrownBy(() -> ReportJson.parse("{\"version\": 2}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version 3");
    assertThatThrownBy(() -> ReportJson.parse("{ nope"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
