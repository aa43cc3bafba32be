import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppTest {
  @Test
  void adds() {
    System.out.println("adding");
    assertThat(App.add(2, 3)).isEqualTo(5);
  }

  @Test
  @DisplayName("a failing test, on purpose")
  void fails() {
    assertThat(App.add(2, 2)).as("sum").isEqualTo(5);
  }

  @ParameterizedTest
  @CsvSource({"1, 1, 2", "2, 3, 5"})
  void addsPairs(int a, int b, int sum) {
    assertThat(App.add(a, b)).isEqualTo(sum);
  }
}
