package hexlet.lesson.engine.report;

import hexlet.lesson.engine.Golden;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample report in every format, compared with the files under golden/report. */
class ReportGoldenTest {
  static Stream<Arguments> samplesAndFormats() {
    return SampleReports.all().keySet().stream()
        .sorted()
        .flatMap(
            sample -> Stream.of(ReportFormat.values()).map(format -> Arguments.of(sample, format)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("samplesAndFormats")
  void rendersLikeTheGoldenFile(String sample, ReportFormat format) {
    String rendered = format.renderer(false).render(SampleReports.all().get(sample));

    Golden.assertMatches("report/" + sample + "." + format.extension(), rendered);
  }

  @ParameterizedTest(name = "{0} in colour")
  @MethodSource("samples")
  void rendersColourTextLikeTheGoldenFile(String sample) {
    String rendered = ReportFormat.text.renderer(true).render(SampleReports.all().get(sample));

    Golden.assertMatches("report/" + sample + ".color.txt", rendered);
  }

  static Stream<String> samples() {
    return SampleReports.all().keySet().stream().sorted();
  }

  @Test
  void rendersTheGradebookLikeTheGoldenFile() {
    var entries =
        List.of(
            new GradebookEntry("ada", SampleReports.pass()),
            new GradebookEntry("grace", SampleReports.fail()),
            new GradebookEntry("linus", SampleReports.timeout()),
            new GradebookEntry("=HYPERLINK(\"x\")", SampleReports.compile()),
            new GradebookEntry("ken, \"the\" author", SampleReports.wholeLesson()));

    Golden.assertMatches("report/gradebook.csv", new GradebookCsv().render(entries));
  }
}
