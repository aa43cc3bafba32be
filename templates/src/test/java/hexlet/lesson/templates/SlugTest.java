package hexlet.lesson.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Hello, Wörld!|hello-world",
        "  Conditions & Loops  |conditions-loops",
        "CamelCase Words|camelcase-words",
        "Straße|strasse",
        "Ångström units|angstrom-units",
        "Привет, мир|privet-mir",
        "Щука и ёж|shchuka-i-ezh",
        "C++ in 10 minutes|c-in-10-minutes",
        "already-a-slug|already-a-slug",
        "under_score|under-score",
        "日本語 intro|intro",
        "日本語|''",
        "!!!|''"
      })
  void turnsANameIntoLowercaseAsciiWordsJoinedByHyphens(String name, String slug) {
    assertThat(Slug.of(name)).isEqualTo(slug);
  }
}
