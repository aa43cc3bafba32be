package hexlet.lesson.starter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StarterExtractorTest {
  private final StarterExtractor extractor = new StarterExtractor();

  @Test
  void removesTheBodyBetweenMarkersAndKeepsTheMarkers() {
    var result =
        extractor.extract(
            "def hello():\n    # BEGIN\n    return 'Hello'\n    # END\n\nprint(hello())\n");

    assertThat(result.ok()).isTrue();
    assertThat(result.starter())
        .isEqualTo("def hello():\n    # BEGIN\n    # END\n\nprint(hello())\n");
  }

  @Test
  void givesAnEmptyStarterWithoutMarkers() {
    var result = extractor.extract("print('hi')\n");

    assertThat(result.hasMarkers()).isFalse();
    assertThat(result.starter()).isEmpty();
  }

  @Test
  void reportsNestedAndUnbalancedMarkersWithTheirLines() {
    var result = extractor.extract("// BEGIN\n  // BEGIN\nx\n// END\n// END\n// END\n// BEGIN\n");

    assertThat(result.errors())
        .extracting(MarkerError::line, MarkerError::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, 3),
            org.assertj.core.groups.Tuple.tuple(5, 1),
            org.assertj.core.groups.Tuple.tuple(6, 1),
            org.assertj.core.groups.Tuple.tuple(7, 1));
  }
}
