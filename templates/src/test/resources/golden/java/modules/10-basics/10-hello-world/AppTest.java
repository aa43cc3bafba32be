import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AppTest {
    @Test
    @DisplayName("greets by name")
    void greetsByName() {
        assertEquals("Hello, Ada!", App.greet("Ada"));
    }

    @Test
    @DisplayName("greets another name")
    void greetsAnotherName() {
        assertEquals("Hello, James!", App.greet("James"));
    }
}
