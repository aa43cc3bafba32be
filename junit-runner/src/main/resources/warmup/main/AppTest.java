import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

class AppTest {
  public static void main(String[] args) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out));
    App.main(null);
    System.setOut(original);
    assertThat(out.toString().trim()).isEqualTo("Hello, World!");
  }
}
