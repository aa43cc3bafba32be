package hexlet.lesson.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeySuggestionTest {
  static final List<String> LANGUAGE =
      List.of(
          "docker_image",
          "extension",
          "exercise_filename",
          "exercise_test_filename",
          "learn_as",
          "progress",
          "name");

  @Test
  void suggestsTheKeyOneTypoAway() {
    assertThat(KeySuggestion.closest("extention", LANGUAGE)).contains("extension");
    assertThat(KeySuggestion.closest("nmae", LANGUAGE)).contains("name");
  }

  @Test
  void hyphensAndCaseDoNotCount() {
    assertThat(KeySuggestion.closest("Docker-Image", LANGUAGE)).contains("docker_image");
  }

  @Test
  void prefersTheCloserOfTwoSimilarKeys() {
    assertThat(KeySuggestion.closest("exercise_test_file", LANGUAGE))
        .contains("exercise_test_filename");
  }

  @Test
  void suggestsNothingForAnUnrelatedKey() {
    assertThat(KeySuggestion.closest("author", LANGUAGE)).isEmpty();
    assertThat(KeySuggestion.closest("x", List.of("tips"))).isEmpty();
  }

  @Test
  void aSwapOfTwoLettersIsOneEdit() {
    assertThat(KeySuggestion.distance("tpis", "tips")).isEqualTo(1);
    assertThat(KeySuggestion.distance("tips", "tips")).isZero();
    assertThat(KeySuggestion.distance("", "abc")).isEqualTo(3);
  }
}
