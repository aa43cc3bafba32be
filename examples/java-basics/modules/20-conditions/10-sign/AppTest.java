import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"5, positive", "-3, negative", "1000000, positive"})
    void namesTheSign(int number, String expected) {
        assertThat(App.sign(number)).isEqualTo(expected);
    }

    @Test
    void zeroIsZero() {
        assertThat(App.sign(0)).isEqualTo("zero");
    }
}
