import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

// Hexlet's style: a main method that runs the program and asserts; the whole lesson is one test.
class AppTest {
    public static void main(String[] args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out));
        try {
            App.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString().trim()).isEqualTo("Hello, World!");
    }
}
