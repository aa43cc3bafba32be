import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AppTest {
    @Test
    @DisplayName("greets by name")
    void greetsByName() {
        assertThat(App.greet("Ada")).isEqualTo("Hello, Ada!");
    }

    @Test
    @DisplayName("greets another name")
    void greetsAnotherName() {
        assertThat(App.greet("James")).isEqualTo("Hello, James!");
    }
}
